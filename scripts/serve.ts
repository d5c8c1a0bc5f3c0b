/**
 * The production server: Next.js in one worker process per core, sharing one port, with the
 * anonymous catalogue page cache (lib/http/page-cache.ts) in front of it.
 *
 * A Node process renders on one core, so a single `next start` leaves the other cores to PostgreSQL
 * and idle time (docs/benchmarks.md). Node's cluster module lets every worker `listen()` on the same
 * port; the primary accepts connections and hands them out round-robin. Nothing in the app keeps
 * per-process state that matters: sessions are cookies, rate limits and idempotency live in
 * PostgreSQL, and the catalogue caches of each worker are invalidated by LISTEN/NOTIFY like any other
 * instance's. Each worker has its own pool of DATABASE_POOL_MAX connections (plus one listener). Only worker 1 runs the embedded job runner (JOBS_RUNNER), so jobs are not doubled.
 *
 *   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
 *   WEB_CONCURRENCY=n  worker count (default: available cores)
 *   --cpu-prof dir     write a V8 CPU profile per worker on exit (benchmarks; open in DevTools)
 *
 * Each worker is Next.js's documented custom server (`next({ dev: false })` + its request handler),
 * which is what `next start` runs, plus the page cache. PAGE_CACHE=off turns the cache off.
 *
 * A worker that dies is replaced, with a back-off that grows while it keeps crashing; SIGINT/SIGTERM stop the workers
 * gracefully and then the primary.
 */
import cluster, { type Worker } from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import { parseTrustedProxies, stampClientIp } from '../lib/http/trusted-proxies';
import { apiEdgeRefusal } from '../lib/http/api-edge';
import { HARMLESS_COOKIES } from '../lib/http/cookie-names';
import { assertProductionConfig } from '../lib/production-config';
import { PageCache } from '../lib/http/page-cache';
import { workerCount } from './lib/worker-count';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// Home, product list and detail, category pages: the pages anonymous shoppers browse.
const CACHED_PAGES = /^\/(?:productos(?:\/[^/]+)?|categorias\/[^/]+)?$/;

async function runWorker(port: number, hostname: string | undefined): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
  const handle = app.getRequestHandler();
  await app.prepare();

  const pageCache =
    process.env.PAGE_CACHE === 'off'
      ? null
      : new PageCache({
          ttlMs: 5_000,
          maxEntries: 1_000,
          maxBytes: 64 * 1024 * 1024,
          paths: CACHED_PAGES,
          harmlessCookies: HARMLESS_COOKIES,
        });
  // The catalogue data cache (inside the Next.js build, same process) empties this cache right after
  // itself on every invalidation and switches it on once it listens: see lib/catalog/catalog-cache.ts.
  if (pageCache) (globalThis as unknown as { boticaPageCache?: PageCache }).boticaPageCache = pageCache;
  const server = http.createServer((req, res) => {
    // Before anything reads it: the only client IP the app trusts (lib/http/client-ip.ts).
    stampClientIp(req);
    // Broken escapes, unknown /api paths and wrong methods answer JSON before Next.js sees them.
    const refusal = apiEdgeRefusal(req.method ?? 'GET', req.url ?? '/');
    if (refusal) {
      // A refused request's body is never read: close the connection instead of draining it.
      const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      res.writeHead(refusal.status, { ...refusal.headers, ...(hasBody ? { connection: 'close' } : {}) });
      res.end(refusal.body);
      return;
    }
    const render = () =>
      void Promise.resolve(handle(req, res)).catch((error: unknown) => {
        console.error(
          JSON.stringify({ level: 'error', msg: 'server.request_failed', url: req.url, err: String(error) }),
        );
        // Half a page already went out: cut it (never cached) rather than append an error to it.
        if (res.headersSent) return void res.destroy();
        res
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Algo salió mal de nuestro lado. Intenta de nuevo.');
      });
    if (pageCache) pageCache.handle(req, res, render);
    else render();
  });
  server.listen(port, hostname);

  // Graceful stop: no new connections, let requests under way finish (the primary forces after 10 s).
  // After the last request the job runner stops and the pool closes (lib/jobs/start-background-jobs.ts).
  const stop = () => {
    server.close(() => {
      const shutdown = (globalThis as { boticaStopServerProcess?: () => Promise<void> }).boticaStopServerProcess;
      void (shutdown?.() ?? Promise.resolve()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function main(): void {
  const port = argument('port') ?? process.env.PORT ?? '3000';
  const hostname = argument('hostname');
  if (cluster.isWorker) {
    runWorker(Number(port), hostname).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  // A public production instance with fake Wompi keys, no AUTH_SECRET or INNGEST_DEV must not start
  // at all (lib/production-config.ts), rather than fork workers that each fail the same way.
  try {
    assertProductionConfig(process.env);
    parseTrustedProxies(process.env.TRUSTED_PROXIES); // a malformed value stops here, not per request
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
  const workers = workerCount();
  const profileDir = argument('cpu-prof');
  cluster.setupPrimary({
    exec: path.resolve(process.argv[1]!),
    args: process.argv.slice(2),
    // Workers load this file (TypeScript) through tsx; the build itself is plain JavaScript.
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  });

  let stopping = false;
  const slots = new Map<number, Worker>();
  // A worker that keeps crashing is restarted after 1 s, 2 s, 4 s… up to a minute; one that ran for a
  // minute starts the count again.
  const crashes = new Map<number, number>();
  const fork = (slot: number) => {
    const startedAt = Date.now();
    const worker = cluster.fork({
      // The first worker keeps the configured job runner; the others never start one.
      ...(slot === 1 ? {} : { JOBS_RUNNER: 'off' }),
      BOTICA_WORKER: String(slot),
    });
    slots.set(slot, worker);
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const count = Date.now() - startedAt > 60_000 ? 1 : (crashes.get(slot) ?? 0) + 1;
      crashes.set(slot, count);
      const delayMs = Math.min(60_000, 1_000 * 2 ** (count - 1));
      console.error(JSON.stringify({ level: 'error', msg: 'server.worker_exited', slot, code, signal, delayMs }));
      setTimeout(() => stopping || fork(slot), delayMs);
    });
  };
  for (let slot = 1; slot <= workers; slot++) fork(slot);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of slots.values()) worker.process.kill(signal);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  cluster.on('exit', () => {
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}

main();
