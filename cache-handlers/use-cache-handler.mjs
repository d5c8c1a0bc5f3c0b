/**
 * The `'use cache'` handler (next.config.js `cacheHandlers.default`): entries in this process's memory
 * (a size-bounded LRU), tag state shared with every instance through PostgreSQL (tag-state.mjs).
 * Next.js calls `getExpiration()` for a page's implicit tags and `updateTags()` on revalidateTag /
 * updateTag; `refreshTags()` has nothing to fetch because invalidations are pushed by LISTEN/NOTIFY.
 */
import { tagState } from './tag-state.mjs';

const MAX_BYTES = 64 * 1024 * 1024;

const entries = new Map(); // cacheKey → { entry (no value), bytes }
const pending = new Map();
let totalBytes = 0;

function evict() {
  for (const [key, item] of entries) {
    if (totalBytes <= MAX_BYTES) break;
    entries.delete(key);
    totalBytes -= item.bytes.byteLength;
  }
}

function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

const handler = {
  async get(cacheKey, softTags) {
    const state = tagState();
    state.ensureListening();
    try {
      await pending.get(cacheKey);
      const item = entries.get(cacheKey);
      if (!item) return undefined;
      const { entry } = item;
      if (now() > entry.timestamp + entry.expire * 1000) return undefined;
      if (state.isExpired([...entry.tags, ...softTags], entry.timestamp)) return undefined;
      // Least recently used first: re-insert on every hit.
      entries.delete(cacheKey);
      entries.set(cacheKey, item);
      return { ...entry, value: streamOf(item.bytes) };
    } catch {
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    let done;
    pending.set(
      cacheKey,
      new Promise((resolve) => {
        done = resolve;
      }),
    );
    try {
      const entry = await pendingEntry;
      // An `expire: 0` entry is regenerated on every read: storing it would be wasted.
      if (entry.expire === 0) return;
      const bytes = new Uint8Array(await new Response(entry.value).arrayBuffer());
      const { value: _value, ...meta } = entry;
      const previous = entries.get(cacheKey);
      if (previous) totalBytes -= previous.bytes.byteLength;
      entries.delete(cacheKey);
      entries.set(cacheKey, { entry: meta, bytes });
      totalBytes += bytes.byteLength;
      evict();
    } catch {
      // an interrupted value is not kept; the next read renders again
    } finally {
      pending.delete(cacheKey);
      done();
    }
  },

  async refreshTags() {
    tagState().ensureListening();
  },

  async getExpiration(tags) {
    return tagState().expiration(tags);
  },

  async updateTags(tags) {
    // Profile-based revalidation (`durations`) is treated as immediate expiry: simpler, and never stale.
    await tagState().publish(tags);
  },
};

function now() {
  return performance.timeOrigin + performance.now();
}

export default handler;
