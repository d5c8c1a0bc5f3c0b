import { randomInt } from 'node:crypto';
import {
  FINAL_TRANSACTION_STATUSES,
  type WompiTransaction,
  type WompiTransactionStatus,
} from '@/lib/payments/wompi/types';
import type { DeliveryRecord } from '@/scripts/fake-wompi/events';

/** In-memory state of one fake Wompi instance. Nothing survives a restart, on purpose. */
export type FakeStore = {
  transactions: Map<string, WompiTransaction>;
  deliveries: DeliveryRecord[];
  faults: { delayMs: number; failNext: number; failStatus: number; downUntil: number };
};

export function createStore(): FakeStore {
  return {
    transactions: new Map(),
    deliveries: [],
    faults: { delayMs: 0, failNext: 0, failStatus: 500, downUntil: 0 },
  };
}

export function resetStore(store: FakeStore): void {
  store.transactions.clear();
  store.deliveries.length = 0;
  store.faults = { delayMs: 0, failNext: 0, failStatus: 500, downUntil: 0 };
}

export type NewTransactionInput = {
  reference: string;
  amountInCents: number;
  currency: string;
  status: WompiTransactionStatus;
  paymentMethodType?: string;
  customerEmail?: string;
  redirectUrl?: string;
  cardNumber?: string;
};

const STATUS_MESSAGES: Record<WompiTransactionStatus, string | null> = {
  PENDING: null,
  APPROVED: null,
  DECLINED: 'Transacción rechazada por el banco (prueba)',
  VOIDED: 'Transacción anulada (prueba)',
  ERROR: 'Número de tarjeta inválido (prueba)',
};

/** The sandbox's card rules (docs/payments.md#sandbox-test-data): 4242… approves, 4111… declines, anything else errors. */
export function statusForCard(cardNumber: string): WompiTransactionStatus {
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (digits === '4242424242424242') return 'APPROVED';
  if (digits === '4111111111111111') return 'DECLINED';
  return 'ERROR';
}

function cardMethod(cardNumber: string | undefined, status: WompiTransactionStatus) {
  const digits = (cardNumber ?? '4242424242424242').replace(/\D/g, '').padStart(4, '0');
  return {
    type: 'CARD',
    extra: {
      bin: digits.slice(0, 6),
      name: `VISA-${digits.slice(-4)}`,
      brand: 'VISA',
      card_type: 'CREDIT',
      last_four: digits.slice(-4),
      card_holder: 'Comprador de Prueba',
      is_three_ds: false,
      processor_response_code: status === 'APPROVED' ? '00' : '05',
    },
    installments: 1,
  };
}

// Real ids look like `<digits>-<unix seconds>-<5 digits>`; the `fake-` prefix makes leaks obvious.
function newTransactionId(store: FakeStore): string {
  for (;;) {
    const id = `fake-${Math.floor(Date.now() / 1000)}-${String(randomInt(0, 100_000)).padStart(5, '0')}`;
    if (!store.transactions.has(id)) return id;
  }
}

export function isFinal(status: WompiTransactionStatus): boolean {
  return FINAL_TRANSACTION_STATUSES.includes(status);
}

export function addTransaction(store: FakeStore, input: NewTransactionInput): WompiTransaction {
  const now = new Date().toISOString();
  const paymentMethodType = input.paymentMethodType ?? 'CARD';
  const transaction: WompiTransaction = {
    id: newTransactionId(store),
    created_at: now,
    finalized_at: isFinal(input.status) ? now : null,
    amount_in_cents: input.amountInCents,
    reference: input.reference,
    customer_email: input.customerEmail ?? 'comprador@example.com',
    currency: input.currency,
    payment_method_type: paymentMethodType,
    payment_method:
      paymentMethodType === 'CARD'
        ? cardMethod(input.cardNumber, input.status)
        : { type: paymentMethodType, extra: {} },
    status: input.status,
    status_message: STATUS_MESSAGES[input.status],
    shipping_address: null,
    redirect_url: input.redirectUrl ?? null,
    payment_source_id: null,
    payment_link_id: null,
    customer_data: null,
    billing_data: null,
    bill_id: null,
    taxes: [],
    tip_in_cents: null,
    origin: null,
  };
  store.transactions.set(transaction.id, transaction);
  return transaction;
}

export function setStatus(store: FakeStore, id: string, status: WompiTransactionStatus): WompiTransaction | null {
  const current = store.transactions.get(id);
  if (!current) return null;
  const updated: WompiTransaction = {
    ...current,
    status,
    status_message: STATUS_MESSAGES[status],
    finalized_at: isFinal(status) ? new Date().toISOString() : null,
  };
  store.transactions.set(id, updated);
  return updated;
}

/** Creation order (oldest first): the real order is undocumented, so clients must sort by created_at themselves. */
export function transactionsByReference(store: FakeStore, reference: string): WompiTransaction[] {
  return [...store.transactions.values()].filter((t) => t.reference === reference);
}
