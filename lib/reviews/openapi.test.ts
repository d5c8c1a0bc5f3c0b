import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { OpenAPIRegistry } from '@/lib/openapi/registry';
import { registerWishlistApi } from '@/lib/wishlist/openapi';
import { registerReviewsApi } from './openapi';

describe('reviews and wishlist OpenAPI registrars', () => {
  const registry = new OpenAPIRegistry();
  registerReviewsApi(registry);
  registerWishlistApi(registry);
  const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
  });

  it('describes every review and wishlist door of docs/api.md', () => {
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(
      [
        '/api/v1/admin/reviews',
        '/api/v1/admin/reviews/{id}',
        '/api/v1/products/{slug}/reviews',
        '/api/v1/reviews/{id}',
        '/api/v1/wishlist',
        '/api/v1/wishlist/{productId}',
      ].sort(),
    );
  });

  it('documents the sort values and the rating bounds from the validating schemas', () => {
    const params = (doc.paths?.['/api/v1/products/{slug}/reviews']?.get?.parameters ?? []) as Array<{
      name: string;
      schema?: Record<string, unknown>;
    }>;
    expect(params.find((p) => p.name === 'sort')?.schema).toMatchObject({ enum: ['newest', 'highest', 'lowest'] });
    const body = JSON.stringify(doc.paths?.['/api/v1/products/{slug}/reviews']?.post?.requestBody);
    expect(body).toContain('"minimum":1');
    expect(body).toContain('"maximum":5');
  });
});
