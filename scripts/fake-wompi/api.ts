import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bearerToken, HttpError, invalidTokenError, notFoundError, sendJson } from '@/scripts/fake-wompi/http';
import { merchantBody } from '@/scripts/fake-wompi/merchant';
import { transactionsByReference, type FakeStore } from '@/scripts/fake-wompi/store';

/**
 * The `/v1` REST API (docs/payments.md#transactions-api): merchants, one transaction, transactions by reference.
 * Faults set through `/__control/faults` apply here first, so client timeouts and 5xx retries can be tested.
 */
export function createApiHandler(args: {
  store: FakeStore;
  publicKey: string;
  privateKey: string;
  /** Aborted on close(), so a long fault delay does not hold the process open. */
  signal: AbortSignal;
  baseUrl: () => string;
}) {
  const { store } = args;

  function requirePrivateKey(req: IncomingMessage): void {
    if (bearerToken(req) !== args.privateKey) throw invalidTokenError();
  }

  async function applyFaults(): Promise<void> {
    if (store.faults.delayMs > 0) await sleep(store.faults.delayMs, undefined, { signal: args.signal });
    // An outage window (fault-suite scenario "Wompi down"): every API call fails until it ends.
    if (Date.now() < store.faults.downUntil) {
      throw new HttpError({ status: 503, type: 'SERVICE_UNAVAILABLE', reason: 'Servicio no disponible (simulado)' });
    }
    if (store.faults.failNext > 0) {
      store.faults.failNext -= 1;
      throw new HttpError({ status: store.faults.failStatus, type: 'INTERNAL_SERVER_ERROR', reason: 'Falla simulada' });
    }
  }

  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET') throw notFoundError();
    await applyFaults();
    const merchant = /^\/v1\/merchants\/([^/]+)$/.exec(url.pathname);
    if (merchant) {
      const key = decodeURIComponent(merchant[1] ?? '');
      // docs/payments.md#fake-wompi-contract: a key from the other environment is a 401, an unknown test key a 404.
      if (key !== args.publicKey) throw key.startsWith('pub_test_') ? notFoundError() : invalidTokenError();
      sendJson(res, 200, { data: merchantBody(args.publicKey, args.baseUrl()) });
      return;
    }
    if (url.pathname === '/v1/transactions') {
      requirePrivateKey(req);
      const reference = url.searchParams.get('reference');
      if (!reference) {
        throw new HttpError({
          status: 422,
          type: 'INPUT_VALIDATION_ERROR',
          reason: 'reference',
          messages: { reference: ['es obligatorio'] },
        });
      }
      sendJson(res, 200, { data: transactionsByReference(store, reference) });
      return;
    }
    const byId = /^\/v1\/transactions\/([^/]+)$/.exec(url.pathname);
    if (!byId) throw notFoundError();
    // The docs' curl sends no header and the real rule is unconfirmed (docs/payments.md#transactions-api); requiring the private key
    // here keeps the app sending it, which every variant seen in public code accepts or ignores.
    requirePrivateKey(req);
    const transaction = store.transactions.get(decodeURIComponent(byId[1] ?? ''));
    if (!transaction) throw notFoundError();
    sendJson(res, 200, { data: transaction });
  };
}
