import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WompiLogger } from '@/lib/payments/wompi/client';
import {
  checkCheckout,
  isExpired,
  redirectLocation,
  renderCheckoutPage,
  renderMessagePage,
  type CheckoutRequest,
} from '@/scripts/fake-wompi/checkout';
import { createApiHandler } from '@/scripts/fake-wompi/api';
import { handleControl } from '@/scripts/fake-wompi/control';
import { buildTransactionEvent, createEventSender, DEFAULT_RETRY_DELAYS_MS } from '@/scripts/fake-wompi/events';
import { HttpError, notFoundError, readBody, redirect, sendError, sendHtml } from '@/scripts/fake-wompi/http';
import { addTransaction, createStore, statusForCard } from '@/scripts/fake-wompi/store';

/**
 * An offline stand-in for Wompi Colombia (docs/payments.md#fake-wompi-contract): hosted Web Checkout at `/p/`, the
 * `/v1` transactions and merchant API, signed `transaction.updated` events with retries, and a
 * test-control API under `/__control/` (documented in control.ts). In-memory, one process.
 */

export type FakeWompiOptions = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  publicKey: string;
  privateKey: string;
  integritySecret: string;
  eventsSecret: string;
  /** The app's events URL (`/api/webhooks/wompi`). */
  webhookUrl: string;
  /** The store's base URL, for the "Volver a la tienda" link when a checkout has no redirect-url. Defaults to webhookUrl's origin. */
  appBaseUrl?: string;
  logger?: WompiLogger;
  /** Delays before each event retry; the default is Wompi's 30 min / 3 h / 24 h divided by 3600. */
  eventRetryDelaysMs?: number[];
  /** COP 1.500, the minimum public integrations report (docs/payments.md#web-checkout). */
  minAmountInCents?: number;
};

export type FakeWompi = { url: string; close(): Promise<void> };

const silentLogger: WompiLogger = { info: () => {}, warn: () => {}, error: () => {} };
const PAY_PATH = '/p/pagar';

/**
 * The fake has no auth on its control API and signs with whatever secrets it is given, so it must
 * never run in the app's real-keys mode (WOMPI_ENV=production) nor with production-looking keys.
 */
export function assertFakeWompiAllowed(
  options: Pick<FakeWompiOptions, 'publicKey' | 'privateKey' | 'integritySecret' | 'eventsSecret'>,
): void {
  if (process.env.WOMPI_ENV === 'production') {
    throw new Error('The fake Wompi does not start with WOMPI_ENV=production (real keys mode).');
  }
  const values = [options.publicKey, options.privateKey, options.integritySecret, options.eventsSecret];
  if (values.some((value) => !value)) throw new Error('The fake Wompi needs all four test keys.');
  if (values.some((value) => /^(pub_prod_|prv_prod_|prod_)/.test(value))) {
    throw new Error('The fake Wompi refuses production keys.');
  }
}

export async function startFakeWompi(options: FakeWompiOptions): Promise<FakeWompi> {
  assertFakeWompiAllowed(options);
  const logger = options.logger ?? silentLogger;
  const store = createStore();
  const sessions = new Map<string, CheckoutRequest>();
  const lifetime = new AbortController();
  const sender = createEventSender({
    webhookUrl: new URL(options.webhookUrl).toString(),
    log: () => store.deliveries,
    retryDelaysMs: options.eventRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    logger,
  });
  const backUrl = options.appBaseUrl ?? new URL(options.webhookUrl).origin;
  const checkoutConfig = {
    publicKey: options.publicKey,
    integritySecret: options.integritySecret,
    minAmountInCents: options.minAmountInCents ?? 150_000,
  };
  let baseUrl = '';
  const handleApi = createApiHandler({
    store,
    publicKey: options.publicKey,
    privateKey: options.privateKey,
    signal: lifetime.signal,
    baseUrl: () => baseUrl,
  });

  function showCheckout(res: ServerResponse, params: URLSearchParams): void {
    const check = checkCheckout(params, checkoutConfig);
    if (!check.ok) {
      logger.warn({ status: check.status, reason: check.message }, 'fake-wompi: checkout refused');
      sendHtml(res, check.status, renderMessagePage({ title: 'No se puede pagar', message: check.message, backUrl }));
      return;
    }
    const sessionId = randomBytes(16).toString('hex');
    sessions.set(sessionId, check.request);
    sendHtml(res, 200, renderCheckoutPage({ request: check.request, sessionId, actionPath: PAY_PATH }));
  }

  async function pay(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const sessionId = form.get('session') ?? '';
    const request = sessions.get(sessionId);
    // Single use, so a double-clicked "Pagar" cannot charge twice.
    sessions.delete(sessionId);
    if (!request) {
      sendHtml(
        res,
        410,
        renderMessagePage({
          title: 'Sesión de pago no válida',
          message: 'Este pago ya se procesó o el enlace no es válido.',
          backUrl,
        }),
      );
      return;
    }
    if (isExpired(request.expirationTime, Date.now())) {
      sendHtml(
        res,
        410,
        renderMessagePage({ title: 'Enlace vencido', message: 'Este enlace de pago ya venció.', backUrl }),
      );
      return;
    }
    const cardNumber = form.get('card-number') ?? '';
    const transaction = addTransaction(store, {
      reference: request.reference,
      amountInCents: request.amountInCents,
      currency: request.currency,
      status: statusForCard(cardNumber),
      cardNumber,
      ...(request.customerEmail ? { customerEmail: request.customerEmail } : {}),
      ...(request.redirectUrl ? { redirectUrl: request.redirectUrl } : {}),
    });
    logger.info(
      { transactionId: transaction.id, reference: transaction.reference, status: transaction.status },
      'fake-wompi: payment',
    );
    // The redirect must not wait for the app's webhook, exactly as with the real Wompi.
    sender.deliverInBackground(buildTransactionEvent({ transaction, eventsSecret: options.eventsSecret }), 'checkout');
    if (request.redirectUrl) {
      redirect(res, redirectLocation(request.redirectUrl, transaction.id));
      return;
    }
    sendHtml(
      res,
      200,
      renderMessagePage({ title: `Pago ${transaction.status}`, message: `Transacción ${transaction.id}`, backUrl }),
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake-wompi.invalid');
    const path = url.pathname;
    if (path.startsWith('/__control/')) {
      const ctx = { store, sender, eventsSecret: options.eventsSecret };
      if (!(await handleControl(ctx, req, res, path))) throw notFoundError();
    } else if (path.startsWith('/v1/')) {
      await handleApi(req, res, url);
    } else if (req.method === 'GET' && (path === '/p/' || path === '/p')) {
      showCheckout(res, url.searchParams);
    } else if (req.method === 'POST' && path === PAY_PATH) {
      await pay(req, res);
    } else if (req.method === 'GET' && (path === '/terminos.pdf' || path === '/datos-personales.pdf')) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Documento de prueba del Wompi falso.');
    } else {
      throw notFoundError();
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // close() aborts delayed API answers; their sockets are already gone.
      if (lifetime.signal.aborted) return;
      if (error instanceof HttpError) {
        sendError(res, error);
        return;
      }
      logger.error(
        { error: error instanceof Error ? error.message : String(error), path: req.url },
        'fake-wompi: request failed',
      );
      sendError(
        res,
        new HttpError({ status: 500, type: 'INTERNAL_SERVER_ERROR', reason: 'Error interno del Wompi falso' }),
      );
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url: baseUrl, webhookUrl: options.webhookUrl }, 'fake-wompi: listening');

  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await sender.close();
        await closed;
      })();
      return closing;
    },
  };
}
