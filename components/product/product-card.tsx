import Link from 'next/link';
import { WishlistHeart } from '@/components/wishlist/wishlist-heart';
import type { ProductSummary } from '@/lib/catalog/types';
import { PriceTag } from './price-tag';
import { RatingStars } from './rating-stars';

type ProductCardProps = { product: ProductSummary; isVip?: boolean; headingLevel?: 'h2' | 'h3'; priority?: boolean };

export function ProductCard({ product, isVip, headingLevel: Heading = 'h3', priority = false }: ProductCardProps) {
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-2xl border border-sand-200 bg-white shadow-sm transition focus-within:ring-2 focus-within:ring-brand-700 hover:border-brand-500 hover:shadow-md">
      <div className="relative aspect-square bg-sand-100">
        {product.imageUrl ? (
          // A plain <img>: the pictures are SVGs that next/image would not optimise anyway, and 24
          // next/image client components per list page cost measurable server render time.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={product.imageUrl}
            alt={product.imageAlt}
            width={600}
            height={600}
            loading={priority ? 'eager' : 'lazy'}
            fetchPriority={priority ? 'high' : undefined}
            decoding="async"
            className="size-full object-cover transition group-hover:scale-[1.02]"
          />
        ) : null}
        {!product.inStock ? (
          <span className="absolute top-3 left-3 rounded-full bg-stone-800 px-2.5 py-0.5 text-xs font-semibold text-white">
            Agotado
          </span>
        ) : null}
        <WishlistHeart productId={product.id} productSlug={product.slug} productName={product.name} />
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-medium tracking-wide text-stone-600 uppercase">{product.category.name}</p>
        <Heading className="font-serif text-lg leading-snug text-brand-900">
          {/* The whole card is clickable through this link's ::after; one link per card keeps tab order short. */}
          {/* No prefetch: a grid would prefetch 24 product routes per view, each rendering its layout. */}
          <Link
            href={`/productos/${product.slug}`}
            prefetch={false}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {product.name}
          </Link>
        </Heading>
        <RatingStars rating={product.rating} />
        <PriceTag prices={product} isVip={isVip} isFrom={product.variantCount > 1} className="mt-auto pt-2" />
      </div>
    </article>
  );
}
