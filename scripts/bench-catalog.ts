/**
 * `npm run bench:catalog`: catalogue throughput against the production build on a 10,000-product
 * catalogue (#23). Seeds its own embedded PostgreSQL, builds if stale, starts `next start`, and drives
 * it with autocannon, 50 connections, 20 s per scenario:
 *
 *   - `GET /api/health` — the same-run baseline (one `SELECT 1` per request);
 *   - `GET /api/v1/products` with `q` plus a filter;
 *   - the product list page and a product detail page (server-rendered HTML);
 *   - for information, the list API with a different page on every request, so most requests miss
 *     the catalogue cache and reach PostgreSQL.
 *
 * Targets (issue #3, 2-core machine): list API ≥ 40 % of health's throughput with p95 ≤ 150 ms;
 * product pages p95 ≤ 250 ms; zero errors. Results go to docs/benchmarks.md (section "catalog").
 * The public API rate limit is off for the run (RATE_LIMIT_API_PER_MIN=0): one load generator is one IP.
 */
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { drive, machineLine, sessionCookie, startProductionServer, type BenchResult } from './lib/bench-harness';
import { writeBenchSection } from './lib/bench-report';
import { isBuildStale } from './lib/build-freshness';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { processGroupCpuMs } from './lib/process-cpu';
import { runCommand, stopProcess } from './lib/run-command';

const DURATION = Number(process.env.BENCH_DURATION_S ?? 20);
const CONNECTIONS = 50;
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3291);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54391);
const SECRET = 'bench-secret-not-for-production-0123456789';

const API_QUERY = '/api/v1/products?q=crema&category=cremas-y-lociones-corporales&inStock=true';
const LIST_PAGE = '/productos?q=aceite&disponible=1&orden=precio-asc';
const DETAIL_PAGE = '/productos/aceite-de-almendras-dulces';

type Target = { label: string; pass: boolean; detail: string };

async function main(): Promise<void> {
  const dataDir = path.resolve('.data/bench-catalog-pg');
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: PG_PORT,
    database: 'bench',
    maxConnections: 200,
    log: () => {},
  });
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined;
  try {
    process.env.DATABASE_URL = pg.url;
    const { applyMigrations } = await import('../lib/db/migrate');
    const { createDb } = await import('../db/client');
    const { seedDatabase } = await import('../db/seed/seed');
    await applyMigrations(pg.url);
    const db = createDb({ url: pg.url, max: 4 });
    const seedStarted = Date.now();
    await seedDatabase(db, { products: PRODUCTS, log: (line) => console.log(`  seed: ${line}`) });
    await db.$client.end();
    const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    await sql`VACUUM ANALYZE`;
    const [row] = await sql<{ count: number }[]>`SELECT count(*)::int AS count FROM products`;
    const count = row?.count ?? 0;
    const [shopper] = await sql<
      { id: string; email: string }[]
    >`SELECT id, email FROM users WHERE role = 'CUSTOMER' ORDER BY email LIMIT 1`;
    await sql.end();
    console.log(`✔ ${count} products seeded in ${Math.round((Date.now() - seedStarted) / 1000)} s`);

    // An interrupted build leaves BUILD_ID without the server files: rebuild then too.
    const isIncomplete = !existsSync(path.join(process.cwd(), '.next', 'server', 'preview-props.json'));
    if (isBuildStale(process.cwd()) || isIncomplete)
      await runCommand('npx', ['next', 'build'], {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      });
    server = await startProductionServer({
      port: APP_PORT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: pg.url,
        DATABASE_POOL_MAX: '20',
        AUTH_SECRET: SECRET,
        APP_URL: `http://localhost:${APP_PORT}`,
        LOG_LEVEL: 'warn',
        JOBS_RUNNER: 'off',
        RATE_LIMIT_API_PER_MIN: '0',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    const base = `http://127.0.0.1:${APP_PORT}`;

    // Warm-up: JIT, route compilation caches and the first catalogue cache fill are not what we measure.
    for (const url of ['/api/health', API_QUERY, LIST_PAGE, DETAIL_PAGE]) {
      // `amount` wins over the duration; the duration is only there because autocannon rejects an undefined one.
      await drive({ label: 'warm-up', url: `${base}${url}`, connections: 10, amount: 200, durationSeconds: 60 });
    }

    const serverGroup = server.pid;
    const cpuPerRequest = new Map<string, number>();
    const loadBefore = os.loadavg()[0] ?? 0;
    const run = async (
      label: string,
      url: string,
      requestFor?: () => { path?: string; headers?: Record<string, string> },
    ) => {
      console.log(`→ ${label}`);
      const cpuBefore = processGroupCpuMs(serverGroup);
      const result = await drive({
        label,
        url: `${base}${url}`,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        requestFor,
      });
      cpuPerRequest.set(label, (processGroupCpuMs(serverGroup) - cpuBefore) / Math.max(1, result.requests));
      return result;
    };
    const health = await run('GET /api/health (baseline)', '/api/health');
    const api = await run(`GET ${API_QUERY}`, API_QUERY);
    const list = await run(`List page ${LIST_PAGE}`, LIST_PAGE);
    const detail = await run(`Detail page ${DETAIL_PAGE}`, DETAIL_PAGE);
    // The same pages for a signed-in shopper: personal HTML, never from the page cache (#23).
    const cookie = await sessionCookie({ userId: shopper!.id, email: shopper!.email, secret: SECRET });
    const signedIn = () => ({ headers: { cookie } });
    const listSignedIn = await run(`List page, signed in (no page cache)`, LIST_PAGE, signedIn);
    const detailSignedIn = await run(`Detail page, signed in (no page cache)`, DETAIL_PAGE, signedIn);
    let page = 0;
    const uncached = await run(
      'GET /api/v1/products?sort=newest&page=N (a different page per request)',
      '/api/v1/products?sort=newest',
      () => ({
        path: `/api/v1/products?sort=newest&pageSize=20&page=${(page++ % 500) + 1}`,
      }),
    );

    const results = [health, api, list, detail, listSignedIn, detailSignedIn, uncached];
    const loadAfter = os.loadavg()[0] ?? 0;
    const ratio = api.rps / Math.max(1, health.rps);
    const targets: Target[] = [
      {
        label: 'List API ≥ 40 % of /api/health throughput',
        pass: ratio >= 0.4,
        detail: `${Math.round(ratio * 100)} %`,
      },
      { label: 'List API p95 ≤ 150 ms', pass: api.p95 <= 150, detail: `${api.p95} ms` },
      { label: 'List page p95 ≤ 250 ms', pass: list.p95 <= 250, detail: `${list.p95} ms` },
      { label: 'Detail page p95 ≤ 250 ms', pass: detail.p95 <= 250, detail: `${detail.p95} ms` },
      {
        label: 'Zero errors',
        pass: results.every((r) => r.errors === 0 && r.non2xx === 0),
        detail: results.map((r) => r.errors + r.non2xx).join(' / '),
      },
    ];

    const table = (rows: BenchResult[]) =>
      [
        '| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | server CPU per request |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows.map(
          (r) =>
            `| ${r.label.replace(/\|/g, '\\|')} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${Number.isFinite(cpuPerRequest.get(r.label)) ? `${cpuPerRequest.get(r.label)!.toFixed(1)} ms` : 'n/a'} |`,
        ),
      ].join('\n');
    const markdown = `## Catalogue (\`npm run bench:catalog\`)

- Machine: ${machineLine()}
- Catalogue: ${count} products (seed \`--products ${PRODUCTS}\`), embedded PostgreSQL on the same machine, production server \`scripts/serve.ts\` (production build, one Next.js worker per core, a pool of 20 connections per worker).
- Load: autocannon in the script's own process (it competes for the same cores), ${CONNECTIONS} connections, ${DURATION} s per scenario, after a warm-up of 200 requests per URL. Public API rate limit off (\`RATE_LIMIT_API_PER_MIN=0\`).
- System load average (1 min) at start / end: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} (the machine is shared; with 2 cores, a value above 2 means other processes were competing).
- "Server CPU per request": CPU time of all the server's processes (primary and workers) during the scenario divided by its requests; it does not depend on competition for the CPU.
- Anonymous page cache (lib/http/page-cache.ts): visitors with no session and no cart get the home, list, detail and category HTML kept for up to 5 s and dropped on every catalogue change (LISTEN/NOTIFY). The "signed in" rows measure the same pages rendered for a signed-in shopper, which never use that cache.
- The catalogue cache (lib/catalog/catalog-cache.ts) is on, as in production: repeated URLs are served from memory for up to 5 s; the last scenario asks for a different page each time to measure the path that reaches PostgreSQL.

${table(results)}

${
  results.some((r) => r.non2xx > 0)
    ? `Response codes of the scenarios with non-2xx answers: ${results
        .filter((r) => r.non2xx > 0)
        .map((r) => `${r.label}: ${JSON.stringify(r.statusCounts)}`)
        .join('; ')}\n\n`
    : ''
}| target (#3) | result | |
|---|---|---|
${targets.map((t) => `| ${t.label} | ${t.detail} | ${t.pass ? '✅' : '❌'} |`).join('\n')}
`;
    writeBenchSection('catalog', markdown);
    console.log(markdown);
    if (targets.some((t) => !t.pass)) process.exitCode = 1;
  } finally {
    stopProcess(server);
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
