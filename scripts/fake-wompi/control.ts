import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { transactionStatusSchema, type WompiTransaction } from '@/lib/payments/wompi/types';
import { buildTransactionEvent, type DeliveryRecord, type EventSender } from '@/scripts/fake-wompi/events';
import { HttpError, notFoundError, readJson, sendJson } from '@/scripts/fake-wompi/http';
import {
  addTransaction,
  resetStore,
  setStatus,
  transactionsByReference,
  type FakeStore,
} from '@/scripts/fake-wompi/store';

/*
 * Test-control API, only on the fake (JSON in, JSON out, no auth: the fake refuses to start in
 * production mode). Event sends marked "awaited" answer with the delivery records; the others
 * answer at once and deliver in the background with the retry schedule, like the checkout does.
 *
 *   GET  /__control/transactions                     every transaction
 *   POST /__control/transactions                     { reference, amountInCents, currency?, status?, paymentMethodType?,
 *                                                      customerEmail?, deliver?=true, wait?=false } → 201 { data }
 *   POST /__control/transactions/:id/status          { status, deliver?=true, wait?=false }: change the status and notify
 *   POST /__control/transactions/:id/events          { copies?=1, properties?, status?, timestamp?, retry?=false }: re-send the
 *                                                      current state; copies > 1 go out concurrently (duplicate deliveries);
 *                                                      properties reorders/extends the signed list; status sends a snapshot
 *                                                      with that status without storing it. Awaited.
 *   POST /__control/transactions/:id/out-of-order    { staleStatus?='PENDING' }: current state first, then an older snapshot
 *                                                      (earlier timestamp, finalized_at null). Awaited.
 *   POST /__control/reattempt                        { reference, status?='APPROVED', wait?=false }: a new transaction (new id)
 *                                                      under the same reference, as Wompi's "reintento de pago" (docs/payments.md#pitfalls-designed-out)
 *   POST /__control/faults                           { delayMs?, failNext?, failStatus?=500, downForMs? }: slow or failing
 *                                                      /v1 API; downForMs answers 503 to every call for that long
 *   GET  /__control/events                           every delivery attempt with its response code
 *   POST /__control/reset                            forget transactions, deliveries and faults
 */

export type ControlContext = { store: FakeStore; sender: EventSender; eventsSecret: string };

const deliverFlags = { deliver: z.boolean().default(true), wait: z.boolean().default(false) };

const createSchema = z.object({
  reference: z.string().min(1).max(255),
  amountInCents: z.int().positive(),
  currency: z.string().default('COP'),
  status: transactionStatusSchema.default('APPROVED'),
  paymentMethodType: z.string().default('CARD'),
  customerEmail: z.email().optional(),
  ...deliverFlags,
});
const statusSchema = z.object({ status: transactionStatusSchema, ...deliverFlags });
const eventsSchema = z.object({
  copies: z.int().min(1).max(50).default(1),
  properties: z.array(z.string().min(1)).min(1).optional(),
  status: transactionStatusSchema.optional(),
  timestamp: z.int().nonnegative().optional(),
  retry: z.boolean().default(false),
});
const outOfOrderSchema = z.object({ staleStatus: transactionStatusSchema.default('PENDING') });
const reattemptSchema = z.object({
  reference: z.string().min(1),
  status: transactionStatusSchema.default('APPROVED'),
  wait: z.boolean().default(false),
});
const faultsSchema = z.object({
  delayMs: z.int().min(0).max(120_000).optional(),
  failNext: z.int().min(0).optional(),
  failStatus: z.int().min(400).max(599).optional(),
  downForMs: z.int().min(0).max(600_000).optional(),
});

async function parseBody<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(req));
  if (parsed.success) return parsed.data;
  const messages = Object.fromEntries(
    parsed.error.issues.map((issue) => [issue.path.join('.') || '_', [issue.message]]),
  );
  throw new HttpError({ status: 422, type: 'INPUT_VALIDATION_ERROR', reason: 'Datos inválidos', messages });
}

async function notify(
  ctx: ControlContext,
  transaction: WompiTransaction,
  trigger: string,
  wait: boolean,
): Promise<DeliveryRecord[]> {
  const event = buildTransactionEvent({ transaction, eventsSecret: ctx.eventsSecret });
  if (wait) return ctx.sender.deliverWithRetries(event, trigger);
  ctx.sender.deliverInBackground(event, trigger);
  return [];
}

function findTransaction(ctx: ControlContext, id: string): WompiTransaction {
  const transaction = ctx.store.transactions.get(id);
  if (!transaction) throw notFoundError();
  return transaction;
}

function snapshotEvent(ctx: ControlContext, transaction: WompiTransaction, body: z.infer<typeof eventsSchema>) {
  const snapshot = body.status ? { ...transaction, status: body.status } : transaction;
  try {
    return buildTransactionEvent({
      transaction: snapshot,
      eventsSecret: ctx.eventsSecret,
      properties: body.properties,
      timestamp: body.timestamp,
    });
  } catch (error) {
    // A property path that does not exist in the transaction cannot be signed.
    throw new HttpError({
      status: 422,
      type: 'INPUT_VALIDATION_ERROR',
      reason: error instanceof Error ? error.message : 'Firma imposible',
    });
  }
}

/** Returns false when the path is not a control route, so the caller can answer 404. */
export async function handleControl(
  ctx: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const byId = /^\/__control\/transactions\/([^/]+)\/(status|events|out-of-order)$/.exec(path);

  if (method === 'GET' && path === '/__control/transactions') {
    sendJson(res, 200, { data: [...ctx.store.transactions.values()] });
  } else if (method === 'POST' && path === '/__control/transactions') {
    const body = await parseBody(req, createSchema);
    const transaction = addTransaction(ctx.store, {
      reference: body.reference,
      amountInCents: body.amountInCents,
      currency: body.currency,
      status: body.status,
      paymentMethodType: body.paymentMethodType,
      ...(body.customerEmail ? { customerEmail: body.customerEmail } : {}),
    });
    const deliveries = body.deliver ? await notify(ctx, transaction, 'control:create', body.wait) : [];
    sendJson(res, 201, { data: transaction, deliveries });
  } else if (method === 'POST' && byId?.[2] === 'status') {
    const body = await parseBody(req, statusSchema);
    const transaction = setStatus(ctx.store, decodeURIComponent(byId[1] ?? ''), body.status);
    if (!transaction) throw notFoundError();
    const deliveries = body.deliver ? await notify(ctx, transaction, 'control:status', body.wait) : [];
    sendJson(res, 200, { data: transaction, deliveries });
  } else if (method === 'POST' && byId?.[2] === 'events') {
    const transaction = findTransaction(ctx, decodeURIComponent(byId[1] ?? ''));
    const body = await parseBody(req, eventsSchema);
    const event = snapshotEvent(ctx, transaction, body);
    const sends = Array.from({ length: body.copies }, () =>
      body.retry
        ? ctx.sender.deliverWithRetries(event, 'control:resend')
        : ctx.sender.deliverOnce(event, 'control:resend').then((r) => [r]),
    );
    sendJson(res, 200, { data: { deliveries: (await Promise.all(sends)).flat() } });
  } else if (method === 'POST' && byId?.[2] === 'out-of-order') {
    const transaction = findTransaction(ctx, decodeURIComponent(byId[1] ?? ''));
    const body = await parseBody(req, outOfOrderSchema);
    const now = Math.floor(Date.now() / 1000);
    const current = buildTransactionEvent({ transaction, eventsSecret: ctx.eventsSecret, timestamp: now });
    const stale = buildTransactionEvent({
      transaction: { ...transaction, status: body.staleStatus, finalized_at: null, status_message: null },
      eventsSecret: ctx.eventsSecret,
      timestamp: now - 60,
    });
    const first = await ctx.sender.deliverOnce(current, 'control:out-of-order');
    const second = await ctx.sender.deliverOnce(stale, 'control:out-of-order');
    sendJson(res, 200, { data: { deliveries: [first, second] } });
  } else if (method === 'POST' && path === '/__control/reattempt') {
    const body = await parseBody(req, reattemptSchema);
    const previous = transactionsByReference(ctx.store, body.reference).at(-1);
    if (!previous) throw notFoundError();
    const transaction = addTransaction(ctx.store, {
      reference: previous.reference,
      amountInCents: previous.amount_in_cents,
      currency: previous.currency,
      status: body.status,
      ...(previous.customer_email ? { customerEmail: previous.customer_email } : {}),
      ...(previous.redirect_url ? { redirectUrl: previous.redirect_url } : {}),
    });
    const deliveries = await notify(ctx, transaction, 'control:reattempt', body.wait);
    sendJson(res, 201, { data: transaction, deliveries });
  } else if (method === 'POST' && path === '/__control/faults') {
    const { downForMs, ...body } = await parseBody(req, faultsSchema);
    ctx.store.faults = {
      ...ctx.store.faults,
      ...body,
      ...(downForMs !== undefined ? { downUntil: Date.now() + downForMs } : {}),
    };
    sendJson(res, 200, { data: ctx.store.faults });
  } else if (method === 'GET' && path === '/__control/events') {
    sendJson(res, 200, { data: ctx.store.deliveries });
  } else if (method === 'POST' && path === '/__control/reset') {
    resetStore(ctx.store);
    sendJson(res, 200, { data: { reset: true } });
  } else {
    return false;
  }
  return true;
}
