'use client';

import { useShopper } from '@/components/providers/shopper';
import { WishlistHeartButton } from './wishlist-heart-button';

type WishlistHeartProps = {
  productId: string;
  productSlug: string;
  productName: string;
  /** `card`: a round icon over the card's image; `detail`: icon and words, for the product page. */
  variant?: 'card' | 'detail';
};

/**
 * The wishlist heart: an island over the cached page, fed by the shopper summary's saved product ids.
 * Guests get a link to sign in that comes back to the product and saves it. While a signed-in
 * shopper's summary loads, the HTML holds both forms and CSS shows the right one (same size).
 */
export function WishlistHeart({ productId, productSlug, productName, variant = 'card' }: WishlistHeartProps) {
  const { status, summary } = useShopper();
  const props = { productId, productSlug, productName, variant };
  if (status === 'ready' || status === 'anonymous' || status === 'unavailable') {
    const isSaved = summary.wishlistProductIds.includes(productId);
    return (
      <WishlistHeartButton
        // A new summary (e.g. after signing in) replaces the button's own optimistic state.
        key={`${summary.user ? 'in' : 'out'}:${isSaved}`}
        {...props}
        isSignedIn={summary.user !== null}
        initialSaved={isSaved}
      />
    );
  }
  return (
    <>
      <span className="guest-only">
        <WishlistHeartButton {...props} isSignedIn={false} initialSaved={false} />
      </span>
      <span className="shopper-only" aria-hidden>
        <WishlistHeartButton {...props} isSignedIn initialSaved={false} resume={false} />
      </span>
    </>
  );
}
