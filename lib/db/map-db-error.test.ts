import { describe, expect, it } from 'vitest';
import { mapDbError, markOutageForCache } from './map-db-error';

const wrapped = (code: string) =>
  Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('pg'), { code }) });

describe('mapDbError (issue #14 item 8)', () => {
  it('maps a lock timeout to 409 MKT-BUSY with Retry-After', () => {
    expect(mapDbError(wrapped('55P03'))).toMatchObject({
      status: 409,
      code: 'MKT-BUSY',
      details: { retryAfterSeconds: 2 },
    });
  });

  it('maps statement timeouts and connection failures to 503 SERVICE-UNAVAILABLE', () => {
    for (const code of ['57014', 'ECONNREFUSED', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', '08006', '57P01', '53300'])
      expect(mapDbError(wrapped(code)), code).toMatchObject({ status: 503, code: 'SERVICE-UNAVAILABLE' });
    const dualStack = Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), {});
    expect(mapDbError(dualStack)).toMatchObject({ status: 503 });
  });

  it('maps text the database cannot store to 400 and leaves bugs alone', () => {
    expect(mapDbError(wrapped('22021'))).toMatchObject({ status: 400, code: 'VALIDATION' });
    expect(mapDbError(wrapped('42P01'))).toBeNull();
    expect(mapDbError(new TypeError('x is undefined'))).toBeNull();
  });

  it('keeps an outage recognisable across a use-cache boundary, which keeps only the digest', async () => {
    const outage = await markOutageForCache(() => Promise.reject(wrapped('CONNECT_TIMEOUT'))).catch((e: unknown) => e);
    const { digest } = outage as { digest: string };
    // What the caller of a cached function receives in production: an opaque error with that digest.
    const opaque = Object.assign(new Error('An error occurred in the Server Components render.'), { digest });
    expect(mapDbError(opaque)).toMatchObject({ status: 503, code: 'SERVICE-UNAVAILABLE' });
    const bug = new TypeError('x is undefined');
    await expect(markOutageForCache(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(markOutageForCache(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
