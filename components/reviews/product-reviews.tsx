import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { REVIEW_LIMITS } from '@/db/schema/reviews';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { listProductReviews } from '@/lib/reviews/list-product-reviews';
import { OwnReviewIsland } from './own-review-island';
import { ReviewList } from './review-list';
import { ReviewSummary } from './review-summary';

type ProductReviewsProps = { productId: string; productSlug: string };

/**
 * The product page's reviews section: summary with histogram and the first page of visible reviews,
 * cached with the product (every review write invalidates the product's tag: lib/reviews), so the page
 * is complete without JavaScript; the shopper's own review (or the form to write one) is an island.
 */
export async function ProductReviews({ productId, productSlug }: ProductReviewsProps) {
  'use cache';
  cacheLife('catalog');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.product(productId));
  const firstPage = await listProductReviews(getDb(), { productId, query: {} });

  return (
    <section aria-labelledby="resenas-titulo" className="rounded-3xl bg-white/60 p-5 ring-1 ring-sand-200 sm:p-8">
      <h2 id="resenas-titulo" className="mb-6 font-serif text-2xl text-brand-900">
        Reseñas
      </h2>
      <ReviewSummary summary={firstPage} />
      <div className="mt-6">
        <OwnReviewIsland productId={productId} slug={productSlug} limits={REVIEW_LIMITS} />
      </div>
      <ReviewList key={`${firstPage.count}:${firstPage.average}`} slug={productSlug} initialPage={firstPage} />
    </section>
  );
}
