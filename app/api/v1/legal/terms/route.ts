import { apiRoute } from '@/lib/http/api-route';
import { purchaseTermsJson } from '@/lib/legal/purchase-terms';

/** The current purchase terms: what checkout's `termsVersion` must be. */
export const GET = apiRoute(async () => Response.json(purchaseTermsJson()));
