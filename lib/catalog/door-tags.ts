import { revalidateTag, updateTag } from 'next/cache';
import { tagsForChange, type CatalogChange } from './cache-tags';

/*
 * What a door tells Next.js after a write that shoppers see. The service has already invalidated the
 * tags for every process and instance (`invalidateCatalog` inside its transaction: NOTIFY on commit);
 * these calls add what only Next.js can do within the request that made the change.
 */

/**
 * In a server action: `updateTag` for each tag the change touches (read-your-own-writes). The action's
 * answer re-renders the page without the cached entries of those tags and the browser's router drops
 * its copies, so whoever saved sees the change at once, on this page and on the next one they open.
 */
export function updateCatalogTags(change: CatalogChange, extraTags: readonly string[] = []): void {
  for (const tag of [...tagsForChange(change), ...extraTags]) updateTag(tag);
}

/**
 * In a route handler (`updateTag` is for server actions only): `revalidateTag` with `{ expire: 0 }`,
 * so the next request, the API client's own included, renders afresh instead of being served the old
 * entry while it regenerates (docs/catalog.md).
 */
export function revalidateCatalogTags(change: CatalogChange, extraTags: readonly string[] = []): void {
  for (const tag of [...tagsForChange(change), ...extraTags]) revalidateTag(tag, { expire: 0 });
}
