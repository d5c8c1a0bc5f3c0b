import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createConcurrentPool } from '@/lib/testing/test-db';
import { enforcePublicApiRateLimit } from './public-api-rate-limit';

// Two pools stand in for two app instances: the budget lives in PostgreSQL, so they share it.
const instanceA = createConcurrentPool(4);
const instanceB = createConcurrentPool(4);
afterAll(async () => {
  await Promise.all([instanceA.$client.end({ timeout: 5 }), instanceB.$client.end({ timeout: 5 })]);
});

// Outside scripts/serve.ts (no client-IP stamp) clientIp() takes the rightmost X-Forwarded-For hop.
const headersFor = (ip: string) => new Headers({ 'x-forwarded-for': `10.0.0.1, ${ip}` });

async function attempt(db: typeof instanceA, ip: string, limit: number): Promise<'ok' | number> {
  try {
    await enforcePublicApiRateLimit(db, { headers: headersFor(ip), limit });
    return 'ok';
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE-LIMITED') return Number(error.details?.retryAfterSeconds);
    throw error;
  }
}

describe('public API rate limit', () => {
  it('is one budget per IP across two instances, also under concurrency', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(i % 2 === 0 ? instanceA : instanceB, '203.0.113.7', 12)),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(12);
    const refused = results.filter((r): r is number => r !== 'ok');
    expect(refused).toHaveLength(18);
    for (const retryAfter of refused) {
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    // The other instance refuses too once the shared budget is spent.
    expect(await attempt(instanceB, '203.0.113.7', 12)).not.toBe('ok');
  });

  it('counts each IP separately', async () => {
    expect(await attempt(instanceA, '198.51.100.1', 1)).toBe('ok');
    expect(await attempt(instanceB, '198.51.100.1', 1)).not.toBe('ok');
    expect(await attempt(instanceB, '198.51.100.2', 1)).toBe('ok');
  });

  it('is off when the limit is 0', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(instanceA, '192.0.2.50', 0)));
    expect(results.every((r) => r === 'ok')).toBe(true);
  });
});
