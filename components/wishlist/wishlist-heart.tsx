import { WishlistHeartButton } from './wishlist-heart-button';
import { currentShopper, savedProductIds } from './wishlist-state';

type WishlistHeartProps = {
  productId: string;
  productSlug: string;
  productName: string;
  /** `card`: a round icon over the card's image; `detail`: icon and words, for the product page. */
  variant?: 'card' | 'detail';
};

/**
 * The wishlist heart. A server component so a signed-in shopper's saved state is in the first HTML
 * (no flicker); the button inside takes over for taps. Guests get a link to sign in that comes back
 * to the product and saves it.
 */
export async function WishlistHeart({ productId, productSlug, productName, variant = 'card' }: WishlistHeartProps) {
  const user = await currentShopper();
  const isSaved = user ? (await savedProductIds(user.id)).has(productId) : false;
  return (
    <WishlistHeartButton
      productId={productId}
      productSlug={productSlug}
      productName={productName}
      isSignedIn={user !== null}
      initialSaved={isSaved}
      variant={variant}
    />
  );
}
