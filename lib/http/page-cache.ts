import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * A short-lived cache of the catalogue pages' HTML for anonymous shoppers (#23), kept by each server
 * worker in front of Next.js (scripts/serve.ts).
 *
 * Why: every page renders the shopper's header, so Next.js renders each request (12–20 ms of CPU).
 * Most catalogue traffic is anonymous, and an anonymous render depends only on the URL and the
 * catalogue, so its HTML can be replayed. What keeps it correct:
 *   - only GET of the catalogue pages, never an RSC/prefetch/action request;
 *   - only requests without a session cookie or a guest-cart cookie (those render a personal header,
 *     VIP prices or a cart);
 *   - only 200 text/html answers that set no cookie;
 *   - an entry lives at most `ttlMs` (5 s: the availability staleness #23 allows), and the worker
 *     clears the whole cache on every catalogue invalidation (LISTEN botica_catalog), so an admin's
 *     edit or a stock change shows on the next page load, on every worker and every instance.
 * Responses say `x-page-cache: HIT | MISS`.
 */

export type PageCacheOptions = {
  ttlMs: number;
  maxEntries: number;
  /** Pathnames whose anonymous HTML may be cached. */
  paths: RegExp;
  /** Cookie names whose presence makes a render personal. */
  personalCookies: readonly string[];
  now?: () => number;
};

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };

// Headers that describe one connection or one transfer, never replayed.
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'x-page-cache', 'age']);
// Requests the App Router makes for client navigation, prefetch and server actions: different bodies.
const RSC_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];

function cookieNames(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(';').map((part) => part.split('=')[0]!.trim());
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  // Bumped by every invalidation, so a render that started before one is never stored.
  private generation = 0;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cache key for a request that may be served from (and stored in) the cache, else null. */
  keyFor(req: IncomingMessage): string | null {
    if (req.method !== 'GET' || !req.url) return null;
    const queryAt = req.url.indexOf('?');
    const pathname = queryAt === -1 ? req.url : req.url.slice(0, queryAt);
    if (!this.options.paths.test(pathname)) return null;
    if (queryAt !== -1 && new URLSearchParams(req.url.slice(queryAt + 1)).has('_rsc')) return null;
    if (RSC_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    const personal = cookieNames(req.headers.cookie).some((name) => this.options.personalCookies.some((c) => name === c || name.startsWith(`${c}.`)));
    if (personal) return null;
    // Next.js compresses for clients that accept gzip; the stored bytes follow that choice.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    return `${gzip ? 'gzip' : 'identity'} ${req.url}`;
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
      res.writeHead(hit.status, { ...hit.headers, 'content-length': hit.body.length, 'x-page-cache': 'HIT', age: String(Math.floor((this.now() - hit.storedAt) / 1000)) });
      res.end(hit.body);
      return;
    }
    if (hit) this.entries.delete(key);
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
      Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);

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
      if (res.statusCode === 200 && isHtml && headers['set-cookie'] === undefined && clearedAt === this.generation) {
        this.store(key, { status: 200, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase()))), body: Buffer.concat(chunks), storedAt: this.now() });
      }
      return result;
    }) as ServerResponse['end'];
  }

  /** Forget everything (a catalogue change); renders already under way are not stored either. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  private store(key: string, entry: Entry): void {
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }
}
