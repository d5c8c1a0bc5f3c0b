import { describe, expect, it } from 'vitest';
import { orderImagesForVariant } from './order-images';
import type { ProductImage } from './types';

const img = (url: string, variantId: string | null, isPrimary = false): ProductImage => ({
  url,
  alt: url,
  variantId,
  isPrimary,
});

describe('orderImagesForVariant', () => {
  const gallery = [img('p', null, true), img('a1', 'A'), img('b1', 'B'), img('x', null), img('b2', 'B')];

  it("puts the chosen variant's images first, in gallery order, then the rest in theirs", () => {
    expect(orderImagesForVariant(gallery, 'B').map((i) => i.url)).toEqual(['b1', 'b2', 'p', 'a1', 'x']);
  });

  it('keeps the gallery order when the variant has no images of its own or none is chosen', () => {
    expect(orderImagesForVariant(gallery, 'C')).toBe(gallery);
    expect(orderImagesForVariant(gallery, null)).toBe(gallery);
  });
});
