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
 * SIGINT/SIGTERM stop the workers gracefully, then the primary.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

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
  const server = http.createServer((req, res) => void handle(req, res));
  server.listen(port, hostname);
  // Graceful stop: no new connections, let requests under way finish (the primary forces after 10 s).
  const stop = () => {
    server.close(() => process.exit(0));
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
  const profileDir = argument('cpu-prof');
  cluster.setupPrimary({
    exec: path.resolve(process.argv[1]),
    args: process.argv.slice(2),
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });

  let stopping = false;
  const fork = (slot) => {
    // The first worker keeps the configured job runner; the others never start one.
    const worker = cluster.fork({ ...(slot === 1 ? {} : { JOBS_RUNNER: 'off' }), BOTICA_WORKER: String(slot) });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(JSON.stringify({ level: 'error', msg: 'server.worker_exited', slot, code, signal }));
      setTimeout(() => stopping || fork(slot), 1_000);
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
