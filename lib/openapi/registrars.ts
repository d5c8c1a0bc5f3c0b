import { registerAdminApi } from '@/lib/admin/openapi';
import { registerCatalogApi } from '@/lib/catalog/openapi';
import { registerReviewsApi } from '@/lib/reviews/openapi';
import { registerSettingsApi } from '@/lib/settings/openapi';
import { registerWishlistApi } from '@/lib/wishlist/openapi';
import { registerFoundationApi } from './foundation-paths';
import { registerReferenceParityApi } from './reference-parity-paths';
import { registerStoreApi } from './store-paths';
import { registerSystemApi } from './system-paths';
import type { ApiRegistrar } from './registry';

/**
 * Every feature's OpenAPI registrar, in document order. A new feature adds one import and one entry
 * (its registrar lives beside its zod schemas, e.g. `lib/cart/openapi.ts`).
 */
export const API_REGISTRARS: readonly ApiRegistrar[] = [
  registerFoundationApi,
  registerCatalogApi,
  registerReviewsApi,
  registerWishlistApi,
  registerAdminApi,
  registerStoreApi,
  registerReferenceParityApi,
  registerSystemApi,
  registerSettingsApi,
];
