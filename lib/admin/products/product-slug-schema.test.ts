import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { productSlugSchema } from './product-schemas';

/** The slug a form or the API may send, and the pattern the OpenAPI document states for it (issue #21). */
describe('productSlugSchema', () => {
  const documented = new RegExp(String(z.toJSONSchema(productSlugSchema).pattern), 'u');

  it('folds ASCII capitals and surrounding spaces, as the document says', () => {
    for (const [input, stored] of [
      ['PICKUP', 'pickup'],
      [' Crema-De-Coco ', 'crema-de-coco'],
      ['aceite-2', 'aceite-2'],
    ]) {
      expect(productSlugSchema.parse(input)).toBe(stored);
      expect(documented.test(input!)).toBe(true);
    }
  });

  it('refuses what the document refuses, including capitals only Unicode folds (Kelvin sign)', () => {
    for (const input of ['\u212Aelvin', 'a b', 'crema--coco', '-crema', 'ñandú', 'x\u0000y']) {
      expect(productSlugSchema.safeParse(input).success, input).toBe(false);
      expect(documented.test(input), input).toBe(false);
    }
  });
});
