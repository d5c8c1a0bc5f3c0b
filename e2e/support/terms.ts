import { expect, type APIRequestContext } from '@playwright/test';

/** The checkout body fields that accept the store's current purchase terms (api.md: acceptTerms, termsVersion). */
export async function currentTerms(request: APIRequestContext) {
  const res = await request.get('/api/v1/legal/terms');
  expect(res.status()).toBe(200);
  const { version } = (await res.json()) as { version: string };
  return { acceptTerms: true, termsVersion: version };
}
