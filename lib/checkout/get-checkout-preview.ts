import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { products } from '@/db/schema';
import type { CartView } from '@/lib/cart/get-cart-view';
import { estimateDeliveryDate } from '@/lib/checkout/estimate-delivery';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { isAppError } from '@/lib/errors';
import { priceOrder, type DeliveryOptionCode, type OrderTotals, type VoucherTerms } from '@/lib/pricing/price-order';
import type { StoreSettings } from '@/lib/settings/store-settings';
import { pickupPlaceText } from '@/lib/settings/store-text';
import { checkVoucher, normalizeVoucherCode } from '@/lib/vouchers/redeem-voucher';
import { expiringSoon, listExpiringCredit } from '@/lib/credit/credit-lots';
import { env } from '@/lib/env';
import { assertVoucherProbeAllowed, recordVoucherProbeFailure } from '@/lib/vouchers/voucher-probe-limit';

export type CheckoutOptionPreview = OrderTotals & { estimatedDeliveryDate: string };

export type CheckoutPreview = {
  options: Record<DeliveryOptionCode, CheckoutOptionPreview>;
  /** The same totals paying first with the shopper's store credit; null when the balance is zero. */
  withCredit: Record<DeliveryOptionCode, CheckoutOptionPreview> | null;
  creditBalanceCents: number;
  /** Credit that expires within CREDIT_EXPIRY_REMINDER_DAYS: "vence pronto". */
  creditExpiringSoon: { amountCents: number; firstExpiresAt: string } | null;
  /** The code in `?cupon=`, and why it does not apply when it does not. */
  voucher: { code: string; error: string | null } | null;
  shippingFeeCents: number;
  freeShippingThresholdCents: number;
  /** Where and when to pick up, from the spa's details in the settings. */
  pickupPlace: string;
};

/**
 * What the checkout page shows before the order exists, priced with the same functions `placeOrder`
 * uses (priceOrder, estimateDeliveryDate, the voucher rules), so the total the page posts as
 * `expectedTotalCents` is the one the server will compute unless something changes in between.
 */
export async function getCheckoutPreview(
  db: Db,
  args: { cart: CartView; userId: string; settings: StoreSettings; voucherCode?: string },
): Promise<CheckoutPreview> {
  const productIds = [...new Set(args.cart.items.map((line) => line.productId))];
  const preparation = productIds.length
    ? await db
        .select({ preparationDays: products.preparationDays })
        .from(products)
        .where(inArray(products.id, productIds))
    : [];
  const goodsCents = args.cart.totalCents;
  const { balanceCents: creditBalanceCents } = await getCreditStatement(db, { userId: args.userId, limit: 1 });

  let voucher: CheckoutPreview['voucher'] = null;
  let terms: VoucherTerms | null = null;
  if (args.voucherCode) {
    const code = normalizeVoucherCode(args.voucherCode);
    try {
      // Guessing codes through the URL is throttled per shopper (failures only).
      await assertVoucherProbeAllowed(db, args.userId);
      // A page render never takes the voucher's row lock; placeOrder re-checks under it.
      const usable = await checkVoucher(db, { code, userId: args.userId, goodsCents });
      terms = { kind: usable.kind, value: usable.value };
      voucher = { code, error: null };
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code.startsWith('MKT-VOUCHER')) await recordVoucherProbeFailure(db, args.userId);
      voucher = { code, error: error.message };
    }
  }

  const lines = args.cart.items.map((line) => ({
    lineSubtotalCents: line.unitPriceCents * line.quantity,
    lineDiscountCents: line.lineDiscountCents,
  }));
  const option = (deliveryOption: DeliveryOptionCode, creditAvailableCents = 0): CheckoutOptionPreview => ({
    ...priceOrder({ lines, deliveryOption, voucher: terms, creditAvailableCents, settings: args.settings }),
    estimatedDeliveryDate: estimateDeliveryDate({
      preparationDays: preparation.map((p) => p.preparationDays),
      deliveryOption,
      deliveryDays: args.settings.deliveryDays,
    }),
  });
  return {
    options: { PICKUP: option('PICKUP'), DELIVERY: option('DELIVERY') },
    withCredit:
      creditBalanceCents > 0
        ? { PICKUP: option('PICKUP', creditBalanceCents), DELIVERY: option('DELIVERY', creditBalanceCents) }
        : null,
    creditBalanceCents,
    creditExpiringSoon:
      creditBalanceCents > 0
        ? expiringSoon(await listExpiringCredit(db, args.userId), env.CREDIT_EXPIRY_REMINDER_DAYS)
        : null,
    voucher,
    shippingFeeCents: args.settings.shippingFeeCents,
    freeShippingThresholdCents: args.settings.freeShippingThresholdCents,
    pickupPlace: pickupPlaceText(args.settings.store),
  };
}
