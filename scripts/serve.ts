/**
 * The production server: `next start` in one worker process per core, sharing one port.
 *
 * A Node process renders on one core, so a single `next start` leaves the other cores to PostgreSQL
 * and idle time (docs/benchmarks.md). Node's cluster module lets every worker `listen()` on the same
 * port; the primary accepts connections and hands them out round-robin. Nothing in the app keeps
 * per-process state that matters: sessions are cookies, rate limits and idempotency live in
 * PostgreSQL, and the catalogue cache of each worker is invalidated by LISTEN/NOTIFY like any other
 * instance's. Only worker 1 runs the embedded job runner (JOBS_RUNNER), so jobs are not doubled.
 *
 *   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
 *   WEB_CONCURRENCY=n  worker count (default: available cores)
 *   --cpu-prof dir     write a V8 CPU profile per worker on exit (benchmarks; open in DevTools)
 *
 * A worker that dies is replaced (at most once per second); SIGINT/SIGTERM stop the workers
 * gracefully and then the primary.
 */
import cluster, { type Worker } from 'node:cluster';
import { createRequire } from 'node:module';
import os from 'node:os';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

export function workerCount(value = process.env.WEB_CONCURRENCY): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : Math.max(1, os.availableParallelism());
}

function main(): void {
  const port = argument('port') ?? process.env.PORT ?? '3000';
  const hostname = argument('hostname');
  const workers = workerCount();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const profileDir = argument('cpu-prof');
  cluster.setupPrimary({
    exec: nextBin,
    args: ['start', '-p', port, ...(hostname ? ['-H', hostname] : [])],
    // Not the primary's own flags (tsx's loader): workers run the compiled build with plain Node.
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });

  let stopping = false;
  const slots = new Map<number, Worker>();
  const fork = (slot: number) => {
    const worker = cluster.fork({
      // The first worker keeps the configured job runner; the others never start one.
      ...(slot === 1 ? {} : { JOBS_RUNNER: 'off' }),
      BOTICA_WORKER: String(slot),
    });
    slots.set(slot, worker);
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(JSON.stringify({ level: 'error', msg: 'server.worker_exited', slot, code, signal }));
      setTimeout(() => fork(slot), 1_000);
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
