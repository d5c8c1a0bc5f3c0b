import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument();

  it('describes the catalogue endpoints of docs/api.md', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining([
        '/api/v1/products',
        '/api/v1/products/{slug}',
        '/api/v1/categories',
        '/api/v1/tags',
        '/api/health',
      ]),
    );
  });

  it('documents every list query parameter from the zod schema that validates it', () => {
    const params = (doc.paths?.['/api/v1/products']?.get?.parameters ?? []) as Array<{
      name: string;
      in: string;
      schema?: Record<string, unknown>;
    }>;
    expect(params.map((p) => p.name).sort()).toEqual([
      'category',
      'inStock',
      'maxPriceCents',
      'minPriceCents',
      'page',
      'pageSize',
      'q',
      'sort',
      'tag',
    ]);
    const pageSize = params.find((p) => p.name === 'pageSize');
    expect(pageSize?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    const sort = params.find((p) => p.name === 'sort');
    expect(sort?.schema).toMatchObject({ enum: ['relevance', 'price_asc', 'price_desc', 'newest', 'name', 'rating'] });
  });

  it('names the shared components and references them', () => {
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['ProductSummary', 'ProductDetail', 'ErrorEnvelope']),
    );
    const detail = doc.components?.schemas?.ProductDetail as { properties: Record<string, unknown> };
    expect(JSON.stringify(detail.properties.related)).toContain('#/components/schemas/ProductSummary');
  });
});
