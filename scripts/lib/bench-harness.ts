import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { encode } from 'next-auth/jwt';
import { waitForHttp } from './run-command';

/** Shared by the benchmarks: starting the production build, minting sessions, and driving load. */
export type BenchResult = {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statusCounts: Record<string, number>;
};

export function machineLine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/**
 * The production server (scripts/serve.mjs: one `next start` worker per core) on `port`, in its own
 * process group so its CPU can be summed (processGroupCpuMs) and it can be stopped as a whole.
 * BENCH_CPU_PROF=dir writes a V8 CPU profile per worker on exit (open it in DevTools).
 */
export async function startProductionServer(args: { port: number; env: NodeJS.ProcessEnv }): Promise<ChildProcess> {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', path.resolve(process.env.BENCH_CPU_PROF)] : [];
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(args.port), ...profile], {
    env: args.env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForHttp(`http://127.0.0.1:${args.port}/api/health`, 90_000);
  return server;
}

/** An Auth.js session cookie for a user, minted with the server's secret (bench setup only, never in the app). */
export async function sessionCookie(args: { userId: string; email: string; secret: string }): Promise<string> {
  const name = 'authjs.session-token';
  const token = await encode({
    token: { sub: args.userId, email: args.email, role: 'CUSTOMER', vipUntil: null, refreshedAt: Date.now() },
    secret: args.secret,
    salt: name,
    maxAge: 3600,
  });
  return `${name}=${token}`;
}

/** Exact percentiles (ms) from every response's latency, not autocannon's coarse histogram. */
export async function drive(args: {
  label: string;
  url: string;
  connections: number;
  durationSeconds?: number;
  amount?: number;
  method?: 'GET' | 'POST';
  requestFor?: () => { path?: string; headers?: Record<string, string>; body?: string };
}): Promise<BenchResult> {
  const statusCounts: Record<string, number> = {};
  const latencies: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: args.url,
      connections: args.connections,
      ...(args.durationSeconds !== undefined ? { duration: args.durationSeconds } : {}),
      ...(args.amount !== undefined ? { amount: args.amount } : {}),
      method: args.method ?? 'GET',
      timeout: 20,
      requests: args.requestFor
        ? [
            {
              setupRequest: (req) => {
                const next = args.requestFor!();
                return {
                  ...req,
                  ...(next.path ? { path: next.path } : {}),
                  headers: { ...req.headers, ...next.headers },
                  body: next.body ?? req.body,
                };
              },
            },
          ]
        : undefined,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    latencies.push(responseTime);
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    label: args.label,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
  };
}
