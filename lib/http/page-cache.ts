import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * A short-lived cache of the catalogue pages' HTML for anonymous shoppers (#23), kept by each server
 * worker in front of Next.js (scripts/serve.ts).
 *
 * Why: every page renders the shopper's header, so Next.js renders each request (12–20 ms of CPU).
 * Most catalogue traffic is anonymous, and an anonymous render depends only on the URL and the
 * catalogue, so its HTML can be replayed. What keeps it correct:
 *   - only GET of the catalogue pages, never an RSC/prefetch/action request;
 *   - only requests whose cookies are all on a short list of harmless ones (Auth.js's CSRF and
 *     callback cookies): a session, a guest cart, a cart notice or anything unknown renders personal
 *     HTML or might, so it is never served from nor stored in the cache;
 *   - only 200 text/html answers that set no cookie;
 *   - an entry lives at most `ttlMs` (5 s: the availability staleness #23 allows), and the catalogue
 *     data cache empties this cache right after itself on every invalidation (LISTEN botica_catalog,
 *     lib/catalog/catalog-cache.ts), so an admin's edit or a stock change shows on the next page load,
 *     on every worker and every instance. Nothing is stored until that listener is connected, nor by
 *     a render that was under way during an invalidation;
 *   - the key is the URL plus the exact Accept-Encoding (Next.js negotiates compression from it) and
 *     whether the client looks like a bot (Next.js streams metadata differently for bots);
 *   - memory is bounded by entries and bytes; the least recently used go first.
 * Responses say `x-page-cache: HIT | MISS`.
 */

export type PageCacheOptions = {
  ttlMs: number;
  maxEntries: number;
  /** Pathnames whose anonymous HTML may be cached. */
  paths: RegExp;
  maxBytes: number;
  /** Cookie names that never change a render; any other cookie makes the request uncacheable. */
  harmlessCookies: readonly string[];
  now?: () => number;
};

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };

// Next.js's html-limited bots get blocking metadata; close enough to keep their HTML apart.
const BOT =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|discord|slack|embedly|vkshare|pinterest|quora|outbrain|google/i;

// Headers that describe one connection or one transfer, never replayed.
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'x-page-cache',
  'age',
]);
// Requests the App Router makes for client navigation, prefetch and server actions: different bodies.
const RSC_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
];

function cookieNames(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(';').map((part) => part.split('=')[0]!.trim());
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  // Bumped by every invalidation, so a render that started before one is never stored.
  private generation = 0;
  private bytes = 0;
  private listening = false;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether the invalidation listener is connected; until it is, nothing is stored. */
  setListening(listening: boolean): void {
    this.listening = listening;
    if (!listening) this.invalidate();
  }

  /** The cache key for a request that may be served from (and stored in) the cache, else null. */
  keyFor(req: IncomingMessage): string | null {
    if (req.method !== 'GET' || !req.url) return null;
    const queryAt = req.url.indexOf('?');
    const pathname = queryAt === -1 ? req.url : req.url.slice(0, queryAt);
    if (!this.options.paths.test(pathname)) return null;
    if (queryAt !== -1 && new URLSearchParams(req.url.slice(queryAt + 1)).has('_rsc')) return null;
    if (RSC_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    if (!cookieNames(req.headers.cookie).every((name) => this.options.harmlessCookies.includes(name))) return null;
    const encoding = String(req.headers['accept-encoding'] ?? '');
    const bot = BOT.test(String(req.headers['user-agent'] ?? '')) ? 'bot' : 'browser';
    return `${bot}\n${encoding}\n${req.url}`;
  }

  /**
   * Serves `req` from the cache, or lets `render` answer it and keeps a cacheable answer.
   * Requests that must not be cached go straight to `render`.
   */
  handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): void {
    const key = this.keyFor(req);
    if (!key) {
      render();
      return;
    }
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.storedAt <= this.options.ttlMs) {
      // Most recently used last: eviction takes the first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      res.writeHead(hit.status, {
        ...hit.headers,
        'content-length': hit.body.length,
        'x-page-cache': 'HIT',
        age: String(Math.floor((this.now() - hit.storedAt) / 1000)),
      });
      res.end(hit.body);
      return;
    }
    if (hit) this.remove(key);
    this.capture(key, res);
    res.setHeader('x-page-cache', 'MISS');
    render();
  }

  /** Records what Next.js writes (after its own compression) and stores it when it qualifies. */
  private capture(key: string, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let headArgs: OutgoingHttpHeaders = {};
    const clearedAt = this.generation;
    const toBuffer = (chunk: unknown, encoding?: unknown) =>
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);

    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((a, i) => i > 0 && a !== null && typeof a === 'object' && !Array.isArray(a));
      if (headers) headArgs = { ...headArgs, ...(headers as OutgoingHttpHeaders) };
      return writeHead(...args);
    }) as ServerResponse['writeHead'];

    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]));
      return write(chunk, ...rest);
    }) as ServerResponse['write'];

    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
      const result = end(chunk, ...rest);
      const headers = { ...res.getHeaders(), ...headArgs };
      const isHtml = String(headers['content-type'] ?? '').startsWith('text/html');
      // An invalidation during the render may have changed what it read: do not keep it.
      if (
        res.statusCode === 200 &&
        isHtml &&
        headers['set-cookie'] === undefined &&
        clearedAt === this.generation &&
        this.listening &&
        !res.destroyed
      ) {
        this.store(key, {
          status: 200,
          headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase()))),
          body: Buffer.concat(chunks),
          storedAt: this.now(),
        });
      }
      return result;
    }) as ServerResponse['end'];
  }

  /** Forget everything (a catalogue change); renders already under way are not stored either. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }

  private store(key: string, entry: Entry): void {
    if (entry.body.length > this.options.maxBytes) return;
    this.remove(key);
    const now = this.now();
    for (const [k, e] of this.entries) {
      const isFull =
        this.entries.size >= this.options.maxEntries || this.bytes + entry.body.length > this.options.maxBytes;
      if (!isFull && now - e.storedAt <= this.options.ttlMs) break;
      this.remove(k); // expired or least recently used
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }
}
