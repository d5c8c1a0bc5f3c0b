import Link from 'next/link';
import { getDb } from '@/db/client';
import { REVIEW_LIMITS } from '@/db/schema/reviews';
import { currentShopper } from '@/components/wishlist/wishlist-state';
import { getOwnReview } from '@/lib/reviews/get-own-review';
import { listProductReviews } from '@/lib/reviews/list-product-reviews';
import { OwnReviewPanel } from './own-review-panel';
import { ReviewList } from './review-list';
import { ReviewSummary } from './review-summary';

type ProductReviewsProps = { productId: string; productSlug: string };

/**
 * The product page's reviews section: summary with histogram, the signed-in shopper's own review (or
 * the form to write one), and the first page of visible reviews, rendered on the server so the page
 * is complete without JavaScript. Read straight from the database (not the catalogue cache) so an
 * author sees their change on the very next render.
 */
export async function ProductReviews({ productId, productSlug }: ProductReviewsProps) {
  const db = getDb();
  const user = await currentShopper();
  const [firstPage, ownReview] = await Promise.all([
    listProductReviews(db, { productId, query: {} }),
    user ? getOwnReview(db, { userId: user.id, productId }) : null,
  ]);
  const nextHref = `/productos/${productSlug}#resenas`;

  return (
    <section aria-labelledby="resenas-titulo" className="rounded-3xl bg-white/60 p-5 ring-1 ring-sand-200 sm:p-8">
      <h2 id="resenas-titulo" className="mb-6 font-serif text-2xl text-brand-900">
        Reseñas
      </h2>
      <ReviewSummary summary={firstPage} />
      <div className="mt-6">
        {user ? (
          <OwnReviewPanel productId={productId} slug={productSlug} limits={REVIEW_LIMITS} review={ownReview} />
        ) : (
          <p className="text-stone-800">
            <Link
              href={`/ingresar?next=${encodeURIComponent(nextHref)}`}
              className="font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
            >
              Inicia sesión para opinar
            </Link>{' '}
            sobre este producto.
          </p>
        )}
      </div>
      <ReviewList key={`${firstPage.count}:${firstPage.average}`} slug={productSlug} initialPage={firstPage} />
    </section>
  );
}
