import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { processedPaymentEvents, webhookDeliveries } from '@/db/schema';
import { AppError, validationError } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { findUnsafeValue } from '@/lib/validation/primitives';
import type { WompiClient } from './wompi/client';
import { verifyEventChecksum } from './wompi/signature';
import { transactionStatusSchema, webhookEventSchema } from './wompi/types';
import { wompiConfig } from './wompi-config';
import { syncWompiTransaction } from './sync-transaction';

export type WebhookResult = { handled: boolean; outcome: string };

const invalidSignature = () =>
  new AppError({ code: 'WEBHOOK-SIGNATURE-INVALID', status: 401, message: 'Firma del evento inválida.' });

/**
 * `POST /api/webhooks/wompi` (docs/payments.md#webhook-events): verify the checksum before anything touches the database
 * (401 otherwise), then confirm the transaction with Wompi and apply that. Unknown event types are
 * acknowledged and ignored. If Wompi cannot be reached the error propagates as 503 so Wompi retries.
 */
export async function handleWompiWebhook(
  db: Database,
  args: {
    rawBody: string;
    checksumHeader: string | null;
    log: Logger;
    client?: WompiClient;
    eventsSecret?: string;
    environment?: string;
  },
): Promise<WebhookResult> {
  let json: unknown;
  try {
    json = JSON.parse(args.rawBody);
  } catch {
    throw invalidSignature();
  }
  const secret = args.eventsSecret ?? wompiConfig.eventsSecret;
  if (!verifyEventChecksum(json, secret, args.checksumHeader ?? undefined)) {
    args.log.warn({}, 'webhook.bad_checksum');
    throw invalidSignature();
  }
  // Authentic but not in the shape we store (or text PostgreSQL cannot hold): a 400, never a 500.
  const parsed = webhookEventSchema.safeParse(json);
  const unsafe = findUnsafeValue(json);
  if (!parsed.success || unsafe) {
    args.log.warn({ issues: parsed.error?.issues.slice(0, 3), unsafe }, 'webhook.malformed');
    throw validationError({ _: 'El evento no tiene la forma esperada.' }, 'Evento con formato inválido.');
  }
  const event = parsed.data;
  const data = event.data as { transaction?: { id?: unknown } } | undefined;
  const transactionId = typeof data?.transaction?.id === 'string' ? data.transaction.id : null;
  await db.insert(webhookDeliveries).values({
    provider: 'wompi',
    eventType: event.event,
    providerTransactionId: transactionId,
    checksum: event.signature.checksum,
    payload: json as Record<string, unknown>,
  });

  if (event.event !== 'transaction.updated' || !transactionId) {
    args.log.info({ eventType: event.event }, 'webhook.ignored');
    return { handled: false, outcome: 'IGNORED' };
  }
  // A test-environment event reaching a production store (or the reverse) is acknowledged, never applied.
  const environment = args.environment ?? wompiConfig.environment;
  if (event.environment !== environment) {
    args.log.warn({ eventEnvironment: event.environment, environment, transactionId }, 'webhook.wrong_environment');
    return { handled: false, outcome: 'WRONG_ENVIRONMENT' };
  }
  // A replay of an event already applied (same transaction, same status) costs no call to Wompi. A
  // retry after a failure (nothing applied yet) still asks Wompi, so nothing is lost.
  const claimed = transactionStatusSchema.safeParse((data?.transaction as { status?: unknown } | undefined)?.status);
  if (claimed.success) {
    const claimedStatus = claimed.data;
    const [seen] = await db
      .select({ id: processedPaymentEvents.id })
      .from(processedPaymentEvents)
      .where(
        and(
          eq(processedPaymentEvents.providerTransactionId, transactionId),
          eq(processedPaymentEvents.status, claimedStatus),
        ),
      )
      .limit(1);
    if (seen) {
      args.log.info({ transactionId, status: claimedStatus }, 'webhook.replay');
      return { handled: true, outcome: 'DUPLICATE' };
    }
  }
  const result = await syncWompiTransaction(db, {
    transactionId,
    source: 'webhook',
    log: args.log,
    client: args.client,
  });
  return { handled: true, outcome: result.outcome };
}
