/**
 * The page (ISR) cache handler (next.config.js `cacheHandler`): the HTML and RSC payload of cached
 * pages in this process's memory, checked against the tag state every instance shares through
 * PostgreSQL (tag-state.mjs). A page carries the tags of every `'use cache'` read it rendered (Next.js
 * stores them in the `x-next-cache-tags` header of the entry); a page older than the last invalidation
 * of one of them is a miss, so the next request renders it afresh, on whichever instance it lands.
 * Time-based revalidation (the pages' `cacheLife`) stays Next.js's own.
 */
import { debug, now, tagState } from './tag-state.mjs';

const MAX_ENTRIES = 2_000;
/**
 * A page stored within this long after one of its tags was invalidated may have been rendered from
 * data read before the invalidation: it is stored as already out of date, so the next request renders
 * it again. Renders take milliseconds; the window costs at most a few extra renders per change.
 */
const RACE_WINDOW_MS = 1_000;
const entries = new Map(); // key → { value, lastModified, tags }

function tagsOf(value, ctxTags) {
  const header = value?.headers?.['x-next-cache-tags'];
  const fromHeader = typeof header === 'string' ? header.split(',') : [];
  return [...fromHeader, ...(ctxTags ?? [])];
}

export default class RouteCacheHandler {
  constructor() {
    tagState().ensureListening();
  }

  async get(key, ctx) {
    const item = entries.get(key);
    if (!item) return null;
    const state = tagState();
    if (state.isExpired([...item.tags, ...(ctx?.softTags ?? []), ...(ctx?.tags ?? [])], item.lastModified)) {
      debug('page miss (invalidated)', key);
      entries.delete(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, item);
    return { value: item.value, lastModified: item.lastModified };
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(data, ctx?.tags);
    const storedAt = now();
    const invalidatedAt = tagState().expiration(tags);
    const lastModified = storedAt - invalidatedAt < RACE_WINDOW_MS ? invalidatedAt - 1 : storedAt;
    debug('page set', key, tags.join(','), lastModified < storedAt ? '(already out of date)' : '');
    entries.delete(key);
    entries.set(key, { value: data, lastModified, tags });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    await tagState().publish(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
