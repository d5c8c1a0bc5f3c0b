import Image from 'next/image';
import Link from 'next/link';
import { formatCop } from '@/lib/money';
import type { OrderView } from './order-types';

/** The order's lines as they were priced when it was placed (price snapshots, not today's prices). */
export function OrderItems({ items }: { items: OrderView['items'] }) {
  return (
    <ul className="divide-y divide-sand-200">
      {items.map((item) => (
        <li key={item.id} className="flex gap-3 py-3" data-testid="order-item" data-sku={item.sku}>
          <div className="size-16 shrink-0 overflow-hidden rounded-xl bg-sand-100">
            {item.imageUrl ? (
              <Image src={item.imageUrl} alt="" width={64} height={64} unoptimized className="size-full object-cover" />
            ) : null}
          </div>
          <div className="min-w-0 flex-1">
            <p className="font-semibold text-brand-900">
              <Link href={`/productos/${item.productSlug}`} className="hover:underline">
                {item.productName}
              </Link>
            </p>
            <p className="text-sm text-stone-700">
              {item.variantName} · {item.quantity} × {formatCop(item.unitPriceCents)}
              {item.bulkDiscountPercent > 0 ? (
                <span className="text-brand-800"> · −{item.bulkDiscountPercent} % por cantidad</span>
              ) : null}
            </p>
            <p className="text-xs text-stone-600">Ref. {item.sku}</p>
          </div>
          <p className="shrink-0 font-semibold text-stone-900">{formatCop(item.lineTotalCents)}</p>
        </li>
      ))}
    </ul>
  );
}
