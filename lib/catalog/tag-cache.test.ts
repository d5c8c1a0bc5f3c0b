import { describe, expect, it, vi } from 'vitest';
import { TagCache } from './tag-cache';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TagCache', () => {
  it('serves a hit until the TTL, then loads again (no stale serving)', async () => {
    const time = clock();
    const cache = new TagCache({ maxEntries: 10, now: time.now });
    const load = vi.fn().mockResolvedValueOnce('v1').mockResolvedValueOnce('v2');
    expect(await cache.getOrLoad('k', { ttlMs: 5_000 }, load)).toBe('v1');
    time.advance(4_999);
    expect(await cache.getOrLoad('k', { ttlMs: 5_000 }, load)).toBe('v1');
    time.advance(1);
    expect(await cache.getOrLoad('k', { ttlMs: 5_000 }, load)).toBe('v2');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('drops exactly the entries carrying an invalidated tag, static or derived from the value', async () => {
    const cache = new TagCache({ maxEntries: 10 });
    await cache.getOrLoad('detail-a', { ttlMs: 60_000, tags: ['product:a'] }, async () => 'a');
    await cache.getOrLoad('detail-b', { ttlMs: 60_000, tags: ['product:b'] }, async () => 'b');
    await cache.getOrLoad(
      'list',
      { ttlMs: 60_000, tagsOf: (ids: string[]) => ids.map((id) => `product:${id}`) },
      async () => ['a', 'c'],
    );
    cache.invalidate(['product:a']);
    const reload = vi.fn(async () => 'fresh');
    await cache.getOrLoad('detail-a', { ttlMs: 60_000 }, reload);
    await cache.getOrLoad('detail-b', { ttlMs: 60_000 }, reload);
    await cache.getOrLoad('list', { ttlMs: 60_000 }, reload);
    expect(reload).toHaveBeenCalledTimes(2); // detail-a and list, not detail-b
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new TagCache({ maxEntries: 10 });
    let calls = 0;
    const load = async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 10));
      return calls;
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => cache.getOrLoad('k', { ttlMs: 1_000 }, load)));
    expect(new Set(results)).toEqual(new Set([1]));
    expect(calls).toBe(1);
  });

  it('does not store a value whose load raced an invalidation of its tags', async () => {
    const cache = new TagCache({ maxEntries: 10 });
    let release: (v: string) => void = () => {};
    const slow = cache.getOrLoad(
      'k',
      { ttlMs: 60_000, tags: ['product:a'] },
      () => new Promise<string>((r) => (release = r)),
    );
    await Promise.resolve();
    cache.invalidate(['product:a']); // the write committed while the read was in flight
    release('before-write');
    expect(await slow).toBe('before-write');
    expect(await cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'after-write')).toBe('after-write');
  });

  it('does not cache failures', async () => {
    const cache = new TagCache({ maxEntries: 10 });
    await expect(
      cache.getOrLoad('k', { ttlMs: 1_000 }, async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    expect(await cache.getOrLoad('k', { ttlMs: 1_000 }, async () => 'ok')).toBe('ok');
  });

  it('evicts the least recently used entry past maxEntries', async () => {
    const cache = new TagCache({ maxEntries: 2 });
    await cache.getOrLoad('a', { ttlMs: 60_000 }, async () => 'a');
    await cache.getOrLoad('b', { ttlMs: 60_000 }, async () => 'b');
    await cache.getOrLoad('a', { ttlMs: 60_000 }, async () => 'a2'); // hit: a becomes most recent
    await cache.getOrLoad('c', { ttlMs: 60_000 }, async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.getOrLoad('a', { ttlMs: 60_000 }, async () => 'reloaded')).toBe('a');
    expect(await cache.getOrLoad('b', { ttlMs: 60_000 }, async () => 'reloaded')).toBe('reloaded');
  });

  it('clear() empties everything and refuses loads that started before it', async () => {
    const cache = new TagCache({ maxEntries: 10 });
    await cache.getOrLoad('a', { ttlMs: 60_000 }, async () => 'a');
    let release: (v: string) => void = () => {};
    const slow = cache.getOrLoad('b', { ttlMs: 60_000 }, () => new Promise<string>((r) => (release = r)));
    await Promise.resolve();
    cache.clear();
    release('old');
    await slow;
    expect(cache.size).toBe(0);
  });
});
