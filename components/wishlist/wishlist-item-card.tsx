import { TrendingDown } from 'lucide-react';
import Image from 'next/image';
import Link from 'next/link';
import { formatCop } from '@/lib/money';
import type { WishlistItem } from '@/lib/wishlist/list-wishlist';
import { WishlistItemActions } from './wishlist-item-actions';

const dateFmt = new Intl.DateTimeFormat('es-CO', { day: 'numeric', month: 'long', timeZone: 'America/Bogota' });

/** One saved product: today's price against the price when saved, availability and what to do next. */
export function WishlistItemCard({ item }: { item: WishlistItem }) {
  const href = `/productos/${item.slug}`;
  return (
    <article className="flex gap-4 rounded-2xl border border-sand-200 bg-white p-4 sm:p-5">
      <Link
        href={href}
        className="relative size-24 shrink-0 overflow-hidden rounded-xl bg-sand-100 sm:size-28"
        tabIndex={-1}
        aria-hidden
      >
        {item.imageUrl ? (
          <Image src={item.imageUrl} alt="" width={224} height={224} unoptimized className="size-full object-cover" />
        ) : null}
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <h2 className="font-serif text-lg leading-snug text-brand-900">
            <Link href={href} className="hover:underline">
              {item.name}
            </Link>
          </h2>
          <div className="sm:text-right">
            <p className="text-lg font-semibold text-stone-900">
              {item.isFromPrice ? <span className="text-sm font-normal text-stone-600">Desde </span> : null}
              <span className="sr-only">Precio actual: </span>
              {formatCop(item.priceCents)}
            </p>
            {item.isPriceDrop ? (
              <p className="text-sm text-stone-600">
                <span className="sr-only">Cuando lo guardaste costaba </span>
                <s>{formatCop(item.priceCentsWhenAdded)}</s>
              </p>
            ) : null}
          </div>
        </div>
        {item.isPriceDrop ? (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="inline-flex items-center gap-1 rounded-full bg-brand-700 px-2.5 py-0.5 font-semibold text-white">
              <TrendingDown aria-hidden className="size-4" />
              Bajó de precio
            </span>
            <span className="text-brand-800">
              Ahorras {formatCop(item.priceDropCents)}
              {item.priceDroppedAt ? ` desde el ${dateFmt.format(new Date(item.priceDroppedAt))}` : ''}
            </span>
          </div>
        ) : null}
        <div className="mt-auto pt-1">
          <WishlistItemActions
            productId={item.productId}
            productName={item.name}
            productHref={href}
            inStock={item.inStock}
            variants={item.variants}
          />
        </div>
      </div>
    </article>
  );
}
