import { formatCop } from '@/lib/money';
import type { OrderView } from './order-types';

export function OrderTotals({ order }: { order: OrderView }) {
  const rows: Array<{ label: string; value: string; tone?: 'saving' }> = [
    { label: 'Subtotal', value: formatCop(order.subtotalCents) },
  ];
  if (order.bulkDiscountCents > 0)
    rows.push({ label: 'Ahorro por cantidad', value: `−${formatCop(order.bulkDiscountCents)}`, tone: 'saving' });
  if (order.voucherDiscountCents > 0)
    rows.push({
      label: `Cupón ${order.voucherCode ?? ''}`.trim(),
      value: `−${formatCop(order.voucherDiscountCents)}`,
      tone: 'saving',
    });
  rows.push({
    label: order.deliveryOption === 'PICKUP' ? 'Recoger en el spa' : 'Envío',
    value: order.shippingCents === 0 ? 'Gratis' : formatCop(order.shippingCents),
  });
  if (order.creditAppliedCents > 0)
    rows.push({ label: 'Saldo a favor', value: `−${formatCop(order.creditAppliedCents)}`, tone: 'saving' });
  return (
    <dl className="space-y-1.5 text-sm">
      {rows.map((row) => (
        <div
          key={row.label}
          className={row.tone === 'saving' ? 'flex justify-between text-brand-800' : 'flex justify-between'}
        >
          <dt className={row.tone === 'saving' ? undefined : 'text-stone-700'}>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
      <div className="flex justify-between border-t border-sand-200 pt-2 text-base">
        <dt className="font-semibold text-stone-900">Total</dt>
        <dd className="font-bold text-stone-900" data-testid="order-total">
          {formatCop(order.totalCents)}
        </dd>
      </div>
    </dl>
  );
}
