/**
 * The production server: the production build served by Next.js in one worker process per core on
 * one port. Only a launcher: it forks the workers and replaces one that dies; each worker is Next.js's
 * documented custom server (`next({ dev: false })` and its request handler, what `next start` runs)
 * with nothing in front of it. Plain JavaScript: no TypeScript at run time.
 *
 * A Node process renders on one core, so one `next start` leaves the other cores idle. The cluster
 * module lets every worker listen on the same port; the primary hands connections out round-robin.
 * Workers share nothing that matters: sessions are cookies, rate limits and idempotency live in
 * PostgreSQL, and the cached pages agree through the cache handlers' tag state in PostgreSQL
 * (cache-handlers/tag-state.mjs). Only worker 1 runs the embedded job runner (JOBS_RUNNER).
 *
 *   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
 *   WEB_CONCURRENCY=n  worker count (default: available cores); 1 is plain `next start`
 *   --cpu-prof dir     write a V8 CPU profile per worker on exit (benchmarks; open in DevTools)
 *
 * Two things happen before Next.js sees a request, because only this server sees the socket and the raw
 * URL: the client's address is stamped from the socket and TRUSTED_PROXIES (lib/http/trusted-proxies.mjs),
 * and a broken /api escape, unknown /api path or wrong method is answered in JSON (lib/http/api-edge.mjs).
 * Responses are never rewritten. The primary refuses to start a public production instance with fake
 * secrets (lib/production-config.mjs). A crashing worker is restarted after 1 s, 2 s, 4 s… up to a minute.
 *
 * SIGINT/SIGTERM stop the workers gracefully (each stops its job runner and closes its pool), then the primary.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { apiEdgeRefusal } from '../lib/http/api-edge.mjs';
import { parseTrustedProxies, stampClientIp } from '../lib/http/trusted-proxies.mjs';
import { assertProductionConfig } from '../lib/production-config.mjs';

function argument(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

export function workerCount(value = process.env.WEB_CONCURRENCY) {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : Math.max(1, os.availableParallelism());
}

async function runWorker(port, hostname) {
  process.env.NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
  const handle = app.getRequestHandler();
  await app.prepare();
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
    void handle(req, res);
  });
  server.listen(port, hostname);
  // Graceful stop: no new connections, let requests under way finish (the primary forces after 10 s).
  // After the last request the job runner stops and the pool closes (lib/jobs/start-background-jobs.ts).
  const stop = () => {
    server.close(() => {
      const shutdown = globalThis.boticaStopServerProcess;
      void (shutdown?.() ?? Promise.resolve()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function main() {
  const port = Number(argument('port') ?? process.env.PORT ?? '3000');
  const hostname = argument('hostname');
  if (cluster.isWorker) {
    runWorker(port, hostname).catch((error) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  // A public production instance with fake Wompi keys, no AUTH_SECRET or INNGEST_DEV must not start at
  // all (lib/production-config.mjs), rather than fork workers that each fail the same way.
  try {
    assertProductionConfig(process.env);
    parseTrustedProxies(process.env.TRUSTED_PROXIES); // a malformed value stops here, not per request
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  const profileDir = argument('cpu-prof');
  cluster.setupPrimary({
    exec: path.resolve(process.argv[1]),
    args: process.argv.slice(2),
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });

  let stopping = false;
  // A worker that keeps crashing is restarted after 1 s, 2 s, 4 s… up to a minute; one that ran for a
  // minute starts the count again.
  const crashes = new Map();
  const fork = (slot) => {
    const startedAt = Date.now();
    // The first worker keeps the configured job runner; the others never start one.
    const worker = cluster.fork({ ...(slot === 1 ? {} : { JOBS_RUNNER: 'off' }), BOTICA_WORKER: String(slot) });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const count = Date.now() - startedAt > 60_000 ? 1 : (crashes.get(slot) ?? 0) + 1;
      crashes.set(slot, count);
      const delayMs = Math.min(60_000, 1_000 * 2 ** (count - 1));
      console.error(JSON.stringify({ level: 'error', msg: 'server.worker_exited', slot, code, signal, delayMs }));
      setTimeout(() => stopping || fork(slot), delayMs);
    });
  };
  for (let slot = 1; slot <= workerCount(); slot++) fork(slot);

  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  cluster.on('exit', () => {
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}

main();
