import { describe, expect, it } from 'vitest';
import { apiEdgeRefusal } from './api-edge';
import { renderApiRoutesModule } from './render-api-routes';
import { scanApiRoutes } from './scan-api-routes';
import fs from 'node:fs';

describe('apiEdgeRefusal (issue #21 findings 1 and 5)', () => {
  it('answers a broken percent-escape in any /api path with a JSON 400', () => {
    for (const url of ['/api/v1/products/%E0%A4%A', '/api/v1/products/%ZZ', '/api/auth/%E0%A4%A', '/api/v1/orders/%']) {
      const refusal = apiEdgeRefusal('GET', url);
      expect(refusal?.status, url).toBe(400);
      expect(JSON.parse(refusal!.body).error.code).toBe('VALIDATION');
    }
  });

  it('answers an unknown /api path with a JSON 404', () => {
    for (const url of ['/api/nope', '/api', '/api/v1', '/api/v1/products/a/b/c', '/api/v2/products']) {
      const refusal = apiEdgeRefusal('GET', url);
      expect(refusal?.status, url).toBe(404);
      expect(JSON.parse(refusal!.body).error.code).toBe('NOT-FOUND');
    }
  });

  it('answers a wrong method with a JSON 405 and Allow', () => {
    const refusal = apiEdgeRefusal('GET', '/api/webhooks/wompi');
    expect(refusal?.status).toBe(405);
    expect(refusal?.headers.Allow).toBe('OPTIONS, POST');
    expect(JSON.parse(refusal!.body).error.code).toBe('METHOD-NOT-ALLOWED');
    expect(apiEdgeRefusal('POST', '/api/v1/cart')?.headers.Allow).toBe('GET, HEAD, OPTIONS');
  });

  it('lets served paths and methods through, including params and catch-alls', () => {
    expect(apiEdgeRefusal('GET', '/api/v1/products/crema-x?page=2')).toBeNull();
    expect(apiEdgeRefusal('HEAD', '/api/v1/products')).toBeNull();
    expect(apiEdgeRefusal('PATCH', '/api/v1/cart/items/abc')).toBeNull();
    expect(apiEdgeRefusal('POST', '/api/auth/callback/credentials')).toBeNull();
    expect(apiEdgeRefusal('GET', '/productos/%ZZ')).toBeNull(); // pages are not the API's business
  });
});

describe('lib/http/api-routes.generated.ts', () => {
  it('is up to date with app/api/**/route.ts (run `npm run api:routes`)', () => {
    const expected = renderApiRoutesModule(scanApiRoutes());
    expect(fs.readFileSync('lib/http/api-routes.generated.ts', 'utf8')).toBe(expected);
  });
});
