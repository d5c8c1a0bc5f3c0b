import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { AppError } from '@/lib/errors';
import { lockOrder, orderNotFound, type OrderRow } from '@/lib/orders/lock-order';
import { invalidTransition } from '@/lib/orders/transition-order';
import { integritySignature } from './wompi/signature';
import { wompiConfig } from './wompi-config';

export type PaymentSession = {
  provider: 'wompi';
  checkoutUrl: string;
  publicKey: string;
  reference: string;
  amountInCents: number;
  currency: 'COP';
  signature: string;
  expirationTime: string;
  redirectUrl: string;
};

/** The signed Web Checkout data for an order the caller has locked and checked is payable. */
export async function createPaymentSessionForOrder(tx: Db, order: OrderRow): Promise<PaymentSession> {
  if (order.status !== 'PENDING_PAYMENT') throw invalidTransition(order, 'PAID');
  if (order.totalCents <= 0) throw invalidTransition(order, 'PAID');
  const expired = () =>
    new AppError({
      code: 'MKT-STOCK-EXPIRED',
      status: 409,
      message: 'La reserva de este pedido venció. Vuelve a agregar los productos al carrito.',
    });
  if (!order.reservationExpiresAt) throw expired();

  // Unique per attempt; readable in Wompi's dashboard next to the order number.
  const reference = `BOT-${order.number}-${randomBytes(4).toString('hex')}`;
  const expirationTime = order.reservationExpiresAt.toISOString();
  // The expiry is judged by the database clock in the same statement that records the attempt:
  // an order past its reservation gets no payment data, whatever the app server's clock says.
  const created = await tx.execute<{ id: string }>(sql`
    INSERT INTO payment_attempts (order_id, reference, amount_cents, currency, expires_at)
    SELECT id, ${reference}, ${order.totalCents}, 'COP', reservation_expires_at FROM orders
    WHERE id = ${order.id} AND reservation_expires_at > now()
    RETURNING id`);
  if (created.length === 0) throw expired();
  const signature = integritySignature({
    reference,
    amountInCents: order.totalCents,
    currency: 'COP',
    expirationTime,
    integritySecret: wompiConfig.integritySecret,
  });
  const url = new URL(wompiConfig.checkoutUrl);
  url.searchParams.set('public-key', wompiConfig.publicKey);
  url.searchParams.set('currency', 'COP');
  url.searchParams.set('amount-in-cents', String(order.totalCents));
  url.searchParams.set('reference', reference);
  url.searchParams.set('signature:integrity', signature);
  url.searchParams.set('redirect-url', wompiConfig.redirectUrl);
  url.searchParams.set('expiration-time', expirationTime);
  return {
    provider: 'wompi',
    checkoutUrl: url.toString(),
    publicKey: wompiConfig.publicKey,
    reference,
    amountInCents: order.totalCents,
    currency: 'COP',
    signature,
    expirationTime,
    redirectUrl: wompiConfig.redirectUrl,
  };
}

/** "Pagar" on a pending order: fresh payment data while its reservation holds; otherwise 409. */
export async function createPaymentSession(db: Db, args: { orderId: string; userId: string }): Promise<PaymentSession> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId: args.orderId, ownerId: args.userId });
    if (!order) throw orderNotFound();
    return createPaymentSessionForOrder(tx, order);
  });
}
