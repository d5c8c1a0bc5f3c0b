import { setTimeout as sleep } from 'node:timers/promises';
import type { WompiLogger } from '@/lib/payments/wompi/client';
import { eventChecksum } from '@/lib/payments/wompi/signature';
import type { WompiTransaction } from '@/lib/payments/wompi/types';

export const DEFAULT_PROPERTIES = ['transaction.id', 'transaction.status', 'transaction.amount_in_cents'];

/** Wompi's 30 min / 3 h / 24 h retry schedule (docs/payments.md#webhook-events), divided by 3600. */
export const DEFAULT_RETRY_DELAYS_MS = [500, 3_000, 24_000];

export type FakeEvent = {
  event: 'transaction.updated';
  data: { transaction: WompiTransaction };
  environment: 'test';
  signature: { properties: string[]; checksum: string };
  timestamp: number;
  sent_at: string;
};

export type DeliveryRecord = {
  deliveryId: number;
  trigger: string;
  transactionId: string;
  transactionStatus: string;
  attempt: number;
  /** null when the request never got an answer (network error, timeout). */
  responseStatus: number | null;
  error: string | null;
  deliveredAt: string;
  event: FakeEvent;
};

export function buildTransactionEvent(args: {
  transaction: WompiTransaction;
  eventsSecret: string;
  properties?: string[];
  timestamp?: number;
}): FakeEvent {
  const timestamp = args.timestamp ?? Math.floor(Date.now() / 1000);
  const properties = args.properties ?? DEFAULT_PROPERTIES;
  const data = { transaction: args.transaction };
  const checksum = eventChecksum({ data, signature: { properties }, timestamp }, args.eventsSecret);
  return {
    event: 'transaction.updated',
    data,
    environment: 'test',
    signature: { properties, checksum },
    timestamp,
    sent_at: new Date(timestamp * 1000).toISOString(),
  };
}

export type EventSender = {
  deliverOnce(event: FakeEvent, trigger: string, attempt?: number): Promise<DeliveryRecord>;
  /** First attempt, then the retry schedule; stops at the first 200. Same body every time, as Wompi keeps `sent_at`. */
  deliverWithRetries(event: FakeEvent, trigger: string): Promise<DeliveryRecord[]>;
  /** Fire-and-forget variant, tracked so close() can cancel pending retries. */
  deliverInBackground(event: FakeEvent, trigger: string): void;
  close(): Promise<void>;
};

export function createEventSender(args: {
  webhookUrl: string;
  log: () => DeliveryRecord[];
  retryDelaysMs: number[];
  requestTimeoutMs?: number;
  logger: WompiLogger;
}): EventSender {
  const lifetime = new AbortController();
  const inFlight = new Set<Promise<unknown>>();
  let nextId = 1;

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => {});
    return promise;
  }

  async function deliverOnce(event: FakeEvent, trigger: string, attempt = 1): Promise<DeliveryRecord> {
    const record: DeliveryRecord = {
      deliveryId: nextId++,
      trigger,
      transactionId: event.data.transaction.id,
      transactionStatus: event.data.transaction.status,
      attempt,
      responseStatus: null,
      error: null,
      deliveredAt: new Date().toISOString(),
      event,
    };
    try {
      const response = await fetch(args.webhookUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Event-Checksum': event.signature.checksum,
          'User-Agent': 'FakeWompi/1.0',
        },
        body: JSON.stringify(event),
        signal: AbortSignal.any([lifetime.signal, AbortSignal.timeout(args.requestTimeoutMs ?? 10_000)]),
      });
      await response.arrayBuffer();
      record.responseStatus = response.status;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
    args.log().push(record);
    args.logger.info(
      {
        deliveryId: record.deliveryId,
        trigger,
        transactionId: record.transactionId,
        status: record.transactionStatus,
        attempt,
        responseStatus: record.responseStatus,
        error: record.error,
      },
      'fake-wompi: event delivered',
    );
    return record;
  }

  async function deliverWithRetries(event: FakeEvent, trigger: string): Promise<DeliveryRecord[]> {
    const records: DeliveryRecord[] = [];
    for (let attempt = 1; attempt <= args.retryDelaysMs.length + 1; attempt++) {
      if (attempt > 1) {
        try {
          await sleep(args.retryDelaysMs[attempt - 2] ?? 0, undefined, { signal: lifetime.signal });
        } catch {
          // Aborted by close(): the fake is shutting down, so the remaining retries are dropped on purpose.
          return records;
        }
      }
      const record = await deliverOnce(event, trigger, attempt);
      records.push(record);
      // Only exactly 200 counts as delivered (docs/payments.md#webhook-events).
      if (record.responseStatus === 200) return records;
    }
    args.logger.warn({ transactionId: event.data.transaction.id }, 'fake-wompi: event undelivered after all retries');
    return records;
  }

  return {
    deliverOnce: (event, trigger, attempt) => track(deliverOnce(event, trigger, attempt)),
    deliverWithRetries: (event, trigger) => track(deliverWithRetries(event, trigger)),
    deliverInBackground(event, trigger) {
      void track(deliverWithRetries(event, trigger)).catch((error: unknown) => {
        args.logger.error({ error: String(error) }, 'fake-wompi: event sender crashed');
      });
    },
    async close() {
      lifetime.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
