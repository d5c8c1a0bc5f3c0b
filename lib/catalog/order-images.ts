import type { ProductImage } from './types';

/**
 * The gallery as the shopper sees it with a variant chosen: that variant's own images first (in gallery
 * order), then the rest (the product's primary image leads them). A stable partition, so with no
 * variant images the order is the gallery's own.
 */
export function orderImagesForVariant(images: ProductImage[], variantId: string | null): ProductImage[] {
  if (!variantId) return images;
  const own = images.filter((img) => img.variantId === variantId);
  return own.length === 0 ? images : [...own, ...images.filter((img) => img.variantId !== variantId)];
}
