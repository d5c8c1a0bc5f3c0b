import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, carts, orderItems, orderStatusHistory, orders, users } from '@/db/schema';
import { isVipActive } from '@/lib/auth/vip';
import { AppError } from '@/lib/errors';
import type { TermsAcceptance } from '@/lib/legal/purchase-terms';
import { formatCop } from '@/lib/money';
import { reserveStock } from '@/lib/inventory/reserve-stock';
import { captureOrder } from '@/lib/orders/capture-order';
import { addCreditEntry, lockCreditBalance } from '@/lib/credit/credit-ledger';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';
import { priceOrder } from '@/lib/pricing/price-order';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { parseInput } from '@/lib/validation';
import { lockVoucherForCheckout, recordVoucherRedemption } from '@/lib/vouchers/redeem-voucher';
import { checkoutSchema } from './checkout-schema';
import { estimateDeliveryDate } from './estimate-delivery';
import { loadCheckoutLines } from './load-checkout-lines';
import { validateDeliveryAddress } from './validate-address';

export type PlacedOrder = typeof orders.$inferSelect;

/**
 * Turns the user's cart into a PENDING_PAYMENT order in the caller's transaction (#1–#5, #14–#16):
 * lock the cart; read lines, prices and VIP status (variants unlocked); lock the voucher, then the
 * credit account; re-check everything; create the order with price snapshots; spend store credit; set the
 * reservation expiry; record the status; empty the cart; announce `order/created` via the outbox; and
 * LAST reserve the stock: one statement locks the variants in id order, re-checks availability and the
 * quoted prices under the lock and writes the ledger (lib/inventory/reserve-stock.ts). The variant locks
 * are the hot ones (every buyer of a flash-sale product wants the same row), so they are taken last and
 * held only until commit. Lock order: cart → voucher → credit account → variants (releaseReservation uses
 * the same order). Any refusal throws and the whole transaction rolls back: nothing is half-written.
 */
export async function placeOrder(tx: Db, args: PlaceOrderArgs): Promise<PlacedOrder> {
  const unreserved = await writeUnreservedOrder(tx, args);
  return unreserved.reserve();
}

type PlaceOrderArgs = { userId: string; input: unknown; now?: Date; terms?: TermsAcceptance };

/** An order written in full except its stock reservation, which `reserve()` adds (see `writeUnreservedOrder`). */
export type UnreservedOrder = { order: PlacedOrder; reserve: () => Promise<PlacedOrder> };

/**
 * `placeOrder` in two steps, for a caller that has more to do in the transaction (the API's checkout
 * composes its answer: payment data, order JSON): everything but the reservation now, the reservation
 * when the caller calls `reserve()`, which must be its last statement before commit and must be called
 * (the order is not valid until then). Reading the new order between the two steps is fine: the
 * reservation changes the variants and the ledger only, unless nothing is left to pay, in which case
 * `reserve()` also captures the order (PAID) and returns it as it is then.
 */
export async function writeUnreservedOrder(tx: Db, args: PlaceOrderArgs): Promise<UnreservedOrder> {
  const input = parseInput(checkoutSchema, args.input);
  const address = input.deliveryOption === 'DELIVERY' ? validateDeliveryAddress(input.address) : null;
  const settings = await getStoreSettings(tx);

  // The cart lock and the shopper's VIP status (read now, inside the transaction) in one statement.
  const [cart] = await tx
    .select({ id: carts.id, vipUntil: users.vipUntil })
    .from(carts)
    .innerJoin(users, eq(users.id, carts.userId))
    .where(eq(carts.userId, args.userId))
    .for('update', { of: carts });
  if (!cart) throw new AppError({ code: 'MKT-CART-EMPTY', status: 400, message: 'Tu carrito está vacío.' });
  const isVip = isVipActive(cart.vipUntil, args.now);

  const lines = await loadCheckoutLines(tx, { cartId: cart.id, isVip, settings });
  const goodsCents = lines.reduce((s, l) => s + l.lineTotalCents, 0);
  const voucher = input.voucherCode
    ? await lockVoucherForCheckout(tx, { code: input.voucherCode, userId: args.userId, goodsCents, now: args.now })
    : null;
  // Store credit pays first, under the account lock, so two checkouts cannot spend the same pesos.
  const creditAvailableCents = input.useCredit ? await lockCreditBalance(tx, args.userId) : 0;
  const totals = priceOrder({ lines, deliveryOption: input.deliveryOption, voucher, creditAvailableCents, settings });

  if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== totals.totalCents) {
    throw new AppError({
      code: 'MKT-PRICE-CHANGED',
      status: 409,
      message: `El total cambió a ${formatCop(totals.totalCents)}. Revisa tu pedido antes de pagar.`,
      details: { expectedTotalCents: input.expectedTotalCents, totalCents: totals.totalCents },
    });
  }

  const [order] = await tx
    .insert(orders)
    .values({
      userId: args.userId,
      deliveryOption: input.deliveryOption,
      addressLine1: address?.line1,
      addressCity: address?.city,
      addressDepartment: address?.department,
      addressPhone: address?.phone,
      addressNotes: address?.notes,
      ...totals,
      voucherId: voucher?.id,
      voucherCode: voucher?.code,
      isVipPricing: isVip,
      termsVersion: args.terms?.version ?? null,
      termsAcceptedAt: args.terms?.acceptedAt ?? null,
      estimatedDeliveryDate: estimateDeliveryDate({
        preparationDays: lines.map((l) => l.preparationDays),
        deliveryOption: input.deliveryOption,
        deliveryDays: settings.deliveryDays,
        now: args.now,
      }),
      reservationExpiresAt: sql`now() + make_interval(mins => ${settings.reservationTtlMinutes})`,
    })
    .returning();
  if (!order) throw new Error('order insert returned no row');

  await tx.insert(orderItems).values(
    lines.map((l) => ({
      orderId: order.id,
      variantId: l.variantId,
      productId: l.productId,
      productName: l.productName,
      productSlug: l.productSlug,
      variantName: l.variantName,
      sku: l.sku,
      imageUrl: l.imageUrl,
      quantity: l.quantity,
      regularUnitPriceCents: l.regularUnitPriceCents,
      unitPriceCents: l.unitPriceCents,
      bulkDiscountPercent: l.bulkDiscountPercent,
      lineDiscountCents: l.lineDiscountCents,
      lineTotalCents: l.lineTotalCents,
    })),
  );
  if (totals.creditAppliedCents > 0) {
    await addCreditEntry(tx, {
      userId: args.userId,
      kind: 'DEBIT',
      amountCents: -totals.creditAppliedCents,
      orderId: order.id,
      actorId: args.userId,
      reason: `Pago del pedido #${order.number}`,
    });
  }
  if (voucher)
    await recordVoucherRedemption(tx, {
      voucherId: voucher.id,
      orderId: order.id,
      userId: args.userId,
      discountCents: totals.voucherDiscountCents,
    });
  await tx.insert(orderStatusHistory).values({
    orderId: order.id,
    fromStatus: null,
    toStatus: 'PENDING_PAYMENT',
    actorType: 'CUSTOMER',
    actorId: args.userId,
    reason: 'Pedido creado',
  });
  await tx.delete(cartItems).where(eq(cartItems.cartId, cart.id));
  await enqueueEvent(tx, {
    name: 'order/created',
    eventId: `order-created:${order.id}`,
    payload: {
      orderId: order.id,
      userId: args.userId,
      reservationExpiresAt: order.reservationExpiresAt?.toISOString() ?? null,
      totalCents: order.totalCents,
    },
  });
  // Last, so the hot variant rows stay locked only from here to commit.
  const reserve = async (): Promise<PlacedOrder> => {
    await reserveStock(
      tx,
      lines.map((l) => ({
        variantId: l.variantId,
        productName: l.productName,
        quantity: l.quantity,
        priceCents: l.quotedPriceCents,
        vipPriceCents: l.quotedVipPriceCents,
      })),
      { orderId: order.id, actorId: args.userId },
    );
    // Nothing left to pay (vouchers or store credit covered it all): paid now, stock captured.
    if (order.totalCents === 0)
      return captureOrder(tx, { order, actor: { type: 'SYSTEM' }, reason: 'Total cubierto sin pago en línea' });
    return order;
  };
  return { order, reserve };
}
