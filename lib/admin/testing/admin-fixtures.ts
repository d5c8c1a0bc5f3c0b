import type { Database } from '@/db/client';
import { placeOrder } from '@/lib/checkout/place-order';
import { captureOrder } from '@/lib/orders/capture-order';
import { lockOrder } from '@/lib/orders/lock-order';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';

/**
 * Orders for admin tests, made by the real checkout and capture services (not inserted by hand), so
 * the reservation, sale and ledger rows are the ones production writes.
 */
export async function createPendingOrder(
  db: Database,
  args: { stock?: number; quantity?: number; priceCents?: number; delivery?: 'PICKUP' | 'DELIVERY' } = {},
) {
  const { variants, product } = await createTestProduct(db, {
    variants: [{ initialStock: args.stock ?? 10, priceCents: args.priceCents ?? 4_990_000 }],
  });
  const variantId = variants[0]!.id;
  const [userId] = await createShoppersWithCarts(db, {
    count: 1,
    lines: () => [{ variantId, quantity: args.quantity ?? 2 }],
  });
  const input =
    args.delivery === 'DELIVERY'
      ? {
          deliveryOption: 'DELIVERY',
          address: { line1: 'Calle 10 # 5-20', city: 'Cali', department: 'Valle del Cauca', phone: '3001234567' },
        }
      : { deliveryOption: 'PICKUP' };
  const order = await db.transaction((tx) => placeOrder(tx, { userId: userId!, input }));
  return { order, variantId, productId: product.id, userId: userId! };
}

/** A pending order captured as Wompi's approval would: SALE movements, then PAID. */
export async function createPaidOrder(db: Database, args: Parameters<typeof createPendingOrder>[1] = {}) {
  const pending = await createPendingOrder(db, args);
  const order = await db.transaction(async (tx) => {
    const locked = await lockOrder(tx, { orderId: pending.order.id });
    return captureOrder(tx, { order: locked!, actor: { type: 'PAYMENT_PROVIDER' }, reason: 'Pago aprobado (prueba)' });
  });
  return { ...pending, order };
}
