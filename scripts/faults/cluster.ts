import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { waitForHttp } from '../lib/run-command';

/**
 * The fault suite's little production: several `scripts/serve.mjs` processes on their own ports behind a
 * round-robin balancer on one public port (what nginx does in docs/deploy.md). The balancer retries
 * another instance only when a connection cannot be made, like nginx's `proxy_next_upstream error`;
 * a request cut off mid-way answers 502 and the client decides to retry.
 */
export type AppInstance = {
  port: number;
  start: () => Promise<void>;
  /** SIGKILL the whole process group, as a crashed machine would: no graceful stop. */
  kill: () => void;
  stop: () => Promise<void>;
  isUp: () => boolean;
  /** The process group id (the spawned process's pid), for memory and CPU readings. */
  pid: () => number | undefined;
  logs: string[];
};

// The production launcher (docs/deploy.md): it stamps the client address and answers broken /api
// requests before Next.js, so the suite runs what production runs. One worker per instance: the
// suite's instances stand for machines, and SIGKILL on the process group takes the whole machine down.
const SERVE = path.resolve('scripts/serve.mjs');

export function createAppInstance(args: { port: number; env: NodeJS.ProcessEnv; name: string }): AppInstance {
  let child: ChildProcess | undefined;
  const logs: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(line);
    if (logs.length > 20_000) logs.splice(0, logs.length - 20_000);
  };
  const instance: AppInstance = {
    port: args.port,
    logs,
    isUp: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    pid: () => child?.pid,
    async start() {
      child = spawn(process.execPath, [SERVE, '--port', String(args.port), '--hostname', '127.0.0.1'], {
        env: { ...args.env, PORT: String(args.port), BOTICA_INSTANCE: args.name, WEB_CONCURRENCY: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      await waitForHttp(`http://127.0.0.1:${args.port}/api/health`, 90_000);
    },
    kill() {
      if (!child?.pid) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    },
    async stop() {
      if (!child?.pid || !instance.isUp()) return;
      const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      instance.kill();
    },
  };
  return instance;
}

export type Balancer = { url: string; close: () => Promise<void> };

export async function startBalancer(args: { port: number; backends: AppInstance[] }): Promise<Balancer> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const attempt = (tried: number) => {
        const backend = args.backends[next++ % args.backends.length]!;
        const upstream = http.request(
          { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            answer.on('error', () => res.destroy());
          },
        );
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          const notConnected = error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET';
          if (!res.headersSent && notConnected && tried + 1 < args.backends.length * 2) return attempt(tried + 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
          else res.destroy();
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(args.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${args.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
