import clsx from 'clsx';
import type { OrderStatus } from '@/db/schema/orders';
import { orderStatusClasses, orderStatusLabel } from './order-status';

export function OrderStatusBadge({
  status,
  cancellationReason,
  className,
}: {
  status: OrderStatus;
  cancellationReason: string | null;
  className?: string;
}) {
  return (
    <span
      className={clsx(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold',
        orderStatusClasses(status),
        className,
      )}
      data-testid="order-status"
      data-status={status}
    >
      {orderStatusLabel(status, cancellationReason)}
    </span>
  );
}
