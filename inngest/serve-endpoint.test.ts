import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const SIGNING_KEY = 'signkey-prod-3f1c9a7be2d44c0f8a61b5e9d7c2a4f03f1c9a7be2d44c0f8a61b5e9d7c2a4f0';
const URL_ = 'http://localhost:3000/api/inngest';

/**
 * Signs a request the way Inngest does (inngest SDK, helpers/net.ts `signDataWithKey` and
 * InngestCommHandler `RequestSignature`): HMAC-SHA256, keyed with the signing key without its
 * `signkey-<env>-` prefix, over the canonical JSON body followed by the Unix timestamp; header
 * `X-Inngest-Signature: t=<timestamp>&s=<hex>`.
 */
function inngestSignature(body: string, key: string, now = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', key.replace(/^signkey-\w+-/, ''))
    .update(body + String(now))
    .digest('hex');
  return `t=${now}&s=${mac}`;
}

async function endpointWith(envVars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv('LOG_LEVEL', 'silent');
  for (const [k, v] of Object.entries(envVars)) vi.stubEnv(k, v);
  const { createInngestEndpoint } = await import('./serve-endpoint');
  return createInngestEndpoint();
}

const syncRequest = (signature?: string) => {
  const body = JSON.stringify({ url: URL_ });
  return new Request(URL_, {
    method: 'PUT',
    body,
    headers: {
      'content-type': 'application/json',
      'x-inngest-sync-kind': 'in_band',
      ...(signature ? { 'x-inngest-signature': signature } : {}),
    },
  });
};

afterEach(() => vi.unstubAllEnvs());

describe('/api/inngest', () => {
  it('answers a JSON 503 naming the embedded runner when Inngest is not configured', async () => {
    const endpoint = await endpointWith({
      INNGEST_SIGNING_KEY: undefined,
      INNGEST_DEV: undefined,
      INNGEST_EVENT_KEY: undefined,
    });
    for (const method of ['GET', 'POST', 'PUT'] as const) {
      const res = await endpoint[method](new Request(URL_, { method }), {});
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        error: { code: 'SERVICE-UNAVAILABLE', message: expect.stringContaining('embedded runner') },
      });
    }
  }, 30_000);

  it('with INNGEST_SIGNING_KEY, serves the function list to a request signed as Inngest signs, 401 otherwise', async () => {
    const endpoint = await endpointWith({
      INNGEST_SIGNING_KEY: SIGNING_KEY,
      INNGEST_EVENT_KEY: 'test-event-key',
      INNGEST_DEV: undefined,
      INNGEST_ALLOW_IN_BAND_SYNC: undefined,
    });
    const body = JSON.stringify({ url: URL_ });

    const signed = await endpoint.PUT(syncRequest(inngestSignature(body, SIGNING_KEY)), {});
    expect(signed.status).toBe(200);
    const sync = (await signed.json()) as { functions: Array<{ id: string }>; inspection: Record<string, unknown> };
    expect(sync.inspection).toMatchObject({ authentication_succeeded: true });
    const ids = sync.functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids).toEqual(expect.arrayContaining([expect.stringMatching(/^botica-/)]));

    expect((await endpoint.PUT(syncRequest(), {})).status).toBe(401);
    const wrongKey = 'signkey-prod-' + '0'.repeat(64);
    expect((await endpoint.PUT(syncRequest(inngestSignature(body, wrongKey)), {})).status).toBe(401);
    const stale = inngestSignature(body, SIGNING_KEY, Math.floor(Date.now() / 1000) - 3600);
    expect((await endpoint.PUT(syncRequest(stale), {})).status).toBe(401);
    // Introspection and function calls are verified the same way.
    expect((await endpoint.GET(new Request(URL_), {})).status).toBe(401);
    const call = JSON.stringify({ event: { name: 'x' }, ctx: {} });
    const unsignedCall = await endpoint.POST(
      new Request(`${URL_}?fnId=botica-expire-order-reservation&stepId=step`, { method: 'POST', body: call }),
      {},
    );
    expect(unsignedCall.status).toBe(401);
  }, 30_000);
});
