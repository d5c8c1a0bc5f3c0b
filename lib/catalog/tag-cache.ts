/**
 * A small in-process cache with tags, hard expiry and single-flight loading.
 *
 * - Hard TTL, no stale-while-revalidate: an entry is never served after `ttlMs`, which is how the
 *   catalogue keeps availability at most 5 s old even when an invalidation is missed.
 * - Tags: `invalidate(tags)` drops every entry carrying one of them. A load that started before an
 *   invalidation of one of its tags returns its value to its callers but is not stored, so a read that
 *   raced a write cannot put pre-write data back into the cache.
 * - Single flight: concurrent misses for one key share one load (50 shoppers opening the same page cost
 *   one query).
 * - Bounded: least recently used entries are evicted past `maxEntries`.
 */
export type TagCacheOptions = { maxEntries: number; now?: () => number };

export type CacheLoadOptions<T> = {
  ttlMs: number;
  /** Tags known before loading (e.g. the lists tag). */
  tags?: readonly string[];
  /** Tags that depend on the loaded value (e.g. one per product it contains). */
  tagsOf?: (value: T) => readonly string[];
};

type Entry = { value: unknown; expiresAt: number; tags: readonly string[] };

export class TagCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Sequence number of the last invalidation of each tag, and of the last `clear()`. */
  private readonly invalidatedAt = new Map<string, number>();
  private clearedAt = 0;
  private sequence = 0;
  /** Loads still running; `invalidatedAt` only matters while one is, so it is emptied when none is. */
  private running = 0;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: TagCacheOptions) {
    this.maxEntries = options.maxEntries;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async getOrLoad<T>(key: string, options: CacheLoadOptions<T>, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    if (hit) this.remove(key);

    const pending = this.inflight.get(key);
    if (pending) return pending as Promise<T>;

    const startedAt = this.sequence;
    this.running += 1;
    const promise = Promise.resolve()
      .then(load)
      .then((value) => {
        const tags = [...(options.tags ?? []), ...(options.tagsOf?.(value) ?? [])];
        if (!this.wasInvalidatedSince(startedAt, tags)) this.store(key, value, tags, options.ttlMs);
        return value;
      })
      .finally(() => {
        if (this.inflight.get(key) === promise) this.inflight.delete(key);
        this.running -= 1;
        if (this.running === 0) this.invalidatedAt.clear();
      });
    this.inflight.set(key, promise);
    return promise;
  }

  invalidate(tags: readonly string[]): void {
    const sequence = ++this.sequence;
    for (const tag of tags) {
      if (this.running > 0) this.invalidatedAt.set(tag, sequence);
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.remove(key);
    }
    // Loads in flight keep their promise for their callers, but later callers must not join them.
    for (const [key] of this.inflight) this.inflight.delete(key);
  }

  /** Drops everything, e.g. when cross-instance invalidations may have been missed. */
  clear(): void {
    this.clearedAt = ++this.sequence;
    this.entries.clear();
    this.keysByTag.clear();
    this.inflight.clear();
    this.invalidatedAt.clear();
  }

  private wasInvalidatedSince(startedAt: number, tags: readonly string[]): boolean {
    if (this.clearedAt > startedAt) return true;
    return tags.some((tag) => (this.invalidatedAt.get(tag) ?? 0) > startedAt);
  }

  private store(key: string, value: unknown, tags: readonly string[], ttlMs: number): void {
    this.remove(key);
    this.entries.set(key, { value, tags, expiresAt: this.now() + ttlMs });
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.keysByTag.set(tag, keys);
      }
      keys.add(key);
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
