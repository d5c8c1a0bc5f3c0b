import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@/db/client';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { handleWompiWebhook } from '@/lib/payments/handle-wompi-webhook';
import { createWompiClient, type WompiClient } from '@/lib/payments/wompi/client';
import { startFakeWompi } from '@/scripts/fake-wompi/server';

export const FAKE_KEYS = {
  publicKey: 'pub_test_botica_fake',
  privateKey: 'prv_test_botica_fake',
  integritySecret: 'test_integrity_fakeSecret123',
  eventsSecret: 'test_events_fakeSecret123',
};

/**
 * The local fake Wompi plus a real HTTP receiver that runs the production webhook handler against
 * the test database: events go over the wire exactly as in the running store.
 */
export async function startWompiHarness(db: Database, options: { timeoutMs?: number } = {}) {
  // Filled in once the fake's URL is known; the receiver only runs after that.
  const holder: { client?: WompiClient } = {};
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      handleWompiWebhook(db, {
        rawBody: body,
        checksumHeader: (req.headers['x-event-checksum'] as string | undefined) ?? null,
        log: logger,
        client: holder.client,
        eventsSecret: FAKE_KEYS.eventsSecret,
      })
        .then((result) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        })
        .catch((error: unknown) => {
          res.writeHead(isAppError(error) ? error.status : 500).end();
        });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/wompi`;
  const fake = await startFakeWompi({ port: 0, ...FAKE_KEYS, webhookUrl, eventRetryDelaysMs: [50, 100, 200] });
  holder.client = createWompiClient({
    apiUrl: `${fake.url}/v1`,
    privateKey: FAKE_KEYS.privateKey,
    publicKey: FAKE_KEYS.publicKey,
    timeoutMs: options.timeoutMs ?? 1000,
    initialBackoffMs: 10,
    maxBackoffMs: 50,
    halfOpenAfterMs: 200,
  });

  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${fake.url}/__control${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`fake control ${path} → ${res.status}: ${await res.text()}`);
    return (await res.json()) as { data: unknown };
  };
  return {
    get client(): WompiClient {
      if (!holder.client) throw new Error('harness not started');
      return holder.client;
    },
    webhookUrl,
    control,
    close: async () => {
      await fake.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    },
  };
}
