import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { OpenAPIRegistry } from '@/lib/openapi/registry';
import { registerAdminApi } from './openapi';

describe('registerAdminApi', () => {
  it('describes every admin endpoint of docs/api.md from its zod schemas', () => {
    const registry = new OpenAPIRegistry();
    registerAdminApi(registry);
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(
      [
        '/api/v1/admin/audit-log',
        '/api/v1/admin/images/{id}',
        '/api/v1/admin/inventory',
        '/api/v1/admin/metrics',
        '/api/v1/admin/orders',
        '/api/v1/admin/orders/{id}',
        '/api/v1/admin/orders/{id}/transitions',
        '/api/v1/admin/products',
        '/api/v1/admin/products/{id}',
        '/api/v1/admin/products/{id}/images',
        '/api/v1/admin/products/{id}/restore',
        '/api/v1/admin/products/{id}/variants',
        '/api/v1/admin/users',
        '/api/v1/admin/users/{id}',
        '/api/v1/admin/variants/{id}',
        '/api/v1/admin/variants/{id}/inventory-movements',
        '/api/v1/admin/vouchers',
        '/api/v1/admin/vouchers/{id}',
      ].sort(),
    );
    const transition = JSON.stringify(doc.paths?.['/api/v1/admin/orders/{id}/transitions']?.post?.requestBody);
    expect(transition).toContain('trackingNumber');
    expect(JSON.stringify(doc.paths?.['/api/v1/admin/products']?.post?.requestBody)).toContain('initialStock');
  });
});
