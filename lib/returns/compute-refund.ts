/**
 * What a return gives back: each approved unit at what the shopper actually paid for it (its line
 * total after bulk discount, per unit), minus the same share of any voucher discount. Shipping is
 * not refunded. Integer arithmetic, floored to whole pesos so the store never refunds fractions.
 */
export function computeReturnRefund(args: {
  lines: Array<{ quantity: number; lineTotalCents: number; approvedQuantity: number }>;
  goodsTotalCents: number;
  voucherDiscountCents: number;
}): number {
  const linesRefund = args.lines.reduce(
    (sum, l) => sum + Math.floor((l.lineTotalCents * l.approvedQuantity) / l.quantity),
    0,
  );
  const voucherShare =
    args.goodsTotalCents > 0 ? Math.floor((args.voucherDiscountCents * linesRefund) / args.goodsTotalCents) : 0;
  const refund = Math.max(0, linesRefund - voucherShare);
  return refund - (refund % 100);
}
