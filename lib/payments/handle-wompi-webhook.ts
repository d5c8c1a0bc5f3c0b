import type { Database } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import type { WompiClient } from './wompi/client';
import { verifyEventChecksum } from './wompi/signature';
import { webhookEventSchema } from './wompi/types';
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
  args: { rawBody: string; checksumHeader: string | null; log: Logger; client?: WompiClient; eventsSecret?: string },
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
  const event = webhookEventSchema.parse(json);
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
  const result = await syncWompiTransaction(db, {
    transactionId,
    source: 'webhook',
    log: args.log,
    client: args.client,
  });
  return { handled: true, outcome: result.outcome };
}
