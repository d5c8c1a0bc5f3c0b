import clsx from 'clsx';
import { availabilityLabel } from '@/lib/catalog/availability';
import type { AvailabilityStatus } from '@/lib/catalog/types';

const STYLES: Record<AvailabilityStatus, string> = {
  IN_STOCK: 'bg-brand-50 text-brand-800 ring-brand-200',
  LOW_STOCK: 'bg-amber-50 text-amber-900 ring-amber-200',
  OUT_OF_STOCK: 'bg-stone-100 text-stone-700 ring-stone-300',
};

/** "Disponible", "Quedan 3" or "Agotado". */
export function AvailabilityBadge({
  status,
  available,
  className,
}: {
  status: AvailabilityStatus;
  available: number;
  className?: string;
}) {
  return (
    <span
      className={clsx(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset',
        STYLES[status],
        className,
      )}
    >
      {availabilityLabel(status, available)}
    </span>
  );
}
