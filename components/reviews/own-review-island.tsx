'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useShopper } from '@/components/providers/shopper';
import type { OwnReview } from '@/lib/reviews/review-view';
import type { ReviewLimits } from './review-form';
import { reviewsQueryKey } from './review-list';

// The panel and its form (star input, server actions) load only for a signed-in shopper: guests, most
// of a product page's visitors, get the sign-in link and never download it.
const OwnReviewPanel = dynamic(() => import('./own-review-panel').then((m) => m.OwnReviewPanel), {
  ssr: false,
  loading: () => <div className="h-11" aria-hidden />,
});

type OwnReviewIslandProps = { productId: string; slug: string; limits: ReviewLimits };

async function fetchOwnReview(slug: string): Promise<OwnReview | null> {
  const res = await fetch(`/api/v1/products/${encodeURIComponent(slug)}/reviews/mine`, {
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`own review ${res.status}`);
  return ((await res.json()) as { review: OwnReview | null }).review;
}

/**
 * The shopper's corner of the reviews, as an island over the cached product page: the sign-in link
 * for guests, or their own review (or the form to write one). Its query shares the reviews' key
 * prefix, so saving or deleting a review (which invalidates it) reloads it too.
 */
export function OwnReviewIsland({ productId, slug, limits }: OwnReviewIslandProps) {
  const { status, summary } = useShopper();
  const signedIn = summary.user !== null;
  const own = useQuery({
    queryKey: [...reviewsQueryKey(slug), 'mine'],
    queryFn: () => fetchOwnReview(slug),
    enabled: signedIn,
  });
  const nextHref = `/productos/${slug}#resenas`;
  const signInLink = (
    <p className="text-stone-800">
      <Link
        href={`/ingresar?next=${encodeURIComponent(nextHref)}`}
        className="font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
      >
        Inicia sesión para opinar
      </Link>{' '}
      sobre este producto.
    </p>
  );
  if (status === 'anonymous' || status === 'unavailable' || (status === 'ready' && !signedIn)) return signInLink;
  if (status === 'ready' && own.isSuccess) {
    return <OwnReviewPanel productId={productId} slug={slug} limits={limits} review={own.data} />;
  }
  // Loading: the guest's link or a same-height placeholder, as the hint cookie says (app/globals.css).
  return (
    <>
      <div className="guest-only">{signInLink}</div>
      <div className="shopper-only h-11" aria-hidden />
    </>
  );
}
