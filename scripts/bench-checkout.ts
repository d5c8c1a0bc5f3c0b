/**
 * `npm run bench:checkout`: checkout throughput against the production build, each request a fresh
 * shopper's one-line checkout. Scenarios: (a) one hot variant, (b) load spread over 500 variants,
 * (c) a flash sale of 500 units for 2,000 concurrent buyers; plus a same-run baseline server (inside
 * this script, never part of the app) that runs only the conditional reservation UPDATE, and SQL
 * statements per checkout from pg_stat_statements. Writes docs/benchmarks.md (section "checkout").
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { rmSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { drive, machineLine, sessionCookie, startProductionServer, type BenchResult } from './lib/bench-harness';
import { writeBenchSection } from './lib/bench-report';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { isBuildStale } from './lib/build-freshness';
import { postgresClusterCpuMs, processGroupCpuMs } from './lib/process-cpu';
import { runCommand, stopProcess } from './lib/run-command';
import { workerCount } from './lib/worker-count';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';

const DURATION = Number(process.env.BENCH_DURATION_S ?? 20);
const CONNECTIONS = 50;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3295);
const BASELINE_PORT = APP_PORT + 1;
const FLASH_UNITS = 500;
const FLASH_BUYERS = 2000;
const SECRET = 'bench-secret-not-for-production-0123456789';

type Shopper = { cookie: string };

/** Waits (≤ 120 s) until no other session has run a statement in the bench database for a second. */
async function settled(sql: postgres.Sql): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quietPolls = 0;
  while (Date.now() < deadline && quietPolls < 3) {
    const [row] = await sql<{ n: string }[]>`
      SELECT count(*) n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`;
    quietPolls = Number(row?.n) === 0 ? quietPolls + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
}
type ShopperIds = string[];

async function main() {
  const dataDir = path.resolve('.data/bench-checkout-pg');
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.BENCH_PG_PORT ?? 54390),
    database: 'bench',
    maxConnections: 300,
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' },
  });
  process.env.DATABASE_URL = pg.url;
  const { applyMigrations } = await import('../lib/db/migrate');
  const { createDb } = await import('../db/client');
  const { seedDatabase } = await import('../db/seed/seed');
  const { createTestProduct } = await import('../lib/testing/fixtures');
  const { createShoppersWithCarts } = await import('../lib/testing/commerce-fixtures');
  await applyMigrations(pg.url);
  const db = createDb({ url: pg.url, max: 10 });
  await seedDatabase(db, {});
  const sql = postgres(pg.url, { max: 20, onnotice: () => {} });
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;

  const hot = (await createTestProduct(db, { variants: [{ initialStock: 1_000_000, priceCents: 4_990_000 }] }))
    .variants[0]!.id;
  const spread = (
    await createTestProduct(db, {
      variants: Array.from({ length: 500 }, () => ({ initialStock: 100_000, priceCents: 3_990_000 })),
    })
  ).variants.map((v) => v.id);
  const flash = (await createTestProduct(db, { variants: [{ initialStock: FLASH_UNITS, priceCents: 9_990_000 }] }))
    .variants[0]!.id;
  const baselineVariant = (await createTestProduct(db, { variants: [{ initialStock: 1_000_000 }] })).variants[0]!.id;
  const multi = (
    await createTestProduct(db, {
      variants: [{ initialStock: 100_000 }, { initialStock: 100_000 }, { initialStock: 100_000 }],
    })
  ).variants.map((v) => v.id);

  const shoppers = (
    count: number,
    lines: (i: number) => Array<{ variantId: string; quantity: number }>,
  ): Promise<ShopperIds> => createShoppersWithCarts(db, { count, lines });
  // Sessions are minted just before each scenario, like shoppers who signed in moments ago: a token
  // older than a minute would make every request refresh it (lib/auth/auth.ts), which real shoppers
  // do at most once a minute.
  const signIn = (ids: ShopperIds): Promise<Shopper[]> =>
    Promise.all(
      ids.map(async (userId) => ({
        cookie: await sessionCookie({ userId, email: `${userId}@bench`, secret: SECRET }),
      })),
    );
  const perScenario = Math.max(1000, DURATION * 400);
  const [hotShoppers, spreadShoppers, flashShoppers, oneLine, threeLines] = await Promise.all([
    shoppers(perScenario, () => [{ variantId: hot, quantity: 1 }]),
    shoppers(perScenario, (i) => [{ variantId: spread[i % spread.length]!, quantity: 1 }]),
    shoppers(FLASH_BUYERS, () => [{ variantId: flash, quantity: 1 }]),
    shoppers(50, () => [{ variantId: hot, quantity: 1 }]),
    shoppers(50, () => multi.map((variantId) => ({ variantId, quantity: 1 }))),
  ]);

  if (isBuildStale(process.cwd()))
    await runCommand('npx', ['next', 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  const server = await startProductionServer({
    port: APP_PORT,
    env: {
      ...process.env,
      DATABASE_URL: pg.url,
      DATABASE_POOL_MAX: '20',
      AUTH_SECRET: SECRET,
      APP_URL: `http://localhost:${APP_PORT}`,
      LOG_LEVEL: 'warn',
      JOBS_RUNNER: 'off',
      RATE_LIMIT_CHECKOUT_PER_MIN: '0',
      RATE_LIMIT_CART_PER_MIN: '0',
      RATE_LIMIT_API_PER_MIN: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });

  const checkoutFrom = (queue: Shopper[]) => () => {
    const shopper = queue.pop();
    return {
      path: '/api/v1/checkout',
      headers: { cookie: shopper?.cookie ?? '', 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      body: JSON.stringify({
        deliveryOption: 'PICKUP',
        acceptTerms: true,
        termsVersion: currentPurchaseTerms().version,
      }),
    };
  };
  const base = `http://127.0.0.1:${APP_PORT}`;
  try {
    // Warm the route (first compile of server chunks, pool connections).
    await drive({
      label: 'warm-up',
      url: base,
      connections: 5,
      amount: 50,
      method: 'POST',
      requestFor: checkoutFrom(await signIn(hotShoppers.splice(0, 50))),
    });

    // CPU per request of the app server and of PostgreSQL: where a checkout's cost goes, whatever else runs.
    const serverGroup = server.pid;
    const cpu = new Map<string, { server: number; postgres: number }>();
    const measured = async (options: Parameters<typeof drive>[0]) => {
      const before = { server: processGroupCpuMs(serverGroup), postgres: postgresClusterCpuMs(dataDir) };
      const result = await drive(options);
      const n = Math.max(1, result.requests);
      cpu.set(options.label, {
        server: (processGroupCpuMs(serverGroup) - before.server) / n,
        postgres: (postgresClusterCpuMs(dataDir) - before.postgres) / n,
      });
      return result;
    };
    const results: BenchResult[] = [];
    results.push(
      await measured({
        label: '(a) one hot variant',
        url: base,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        method: 'POST',
        requestFor: checkoutFrom(await signIn(hotShoppers)),
      }),
    );
    results.push(
      await measured({
        label: '(b) spread over 500 variants',
        url: base,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        method: 'POST',
        requestFor: checkoutFrom(await signIn(spreadShoppers)),
      }),
    );
    const flashBuyers = await signIn(flashShoppers);
    const flashStarted = Date.now();
    const flashResult = await measured({
      label: `(c) flash sale: ${FLASH_BUYERS} buyers, ${FLASH_UNITS} units`,
      url: base,
      connections: FLASH_BUYERS,
      amount: FLASH_BUYERS,
      method: 'POST',
      requestFor: checkoutFrom(flashBuyers),
    });
    const flashSeconds = (Date.now() - flashStarted) / 1000;
    results.push(flashResult);
    // A buyer the load generator gave up on (20 s timeout) may still be served: count only once the
    // server has settled, or the unit counts below and the statement counts after would race it.
    await settled(sql);
    const [flashOrders] = await sql<
      { n: string }[]
    >`SELECT count(DISTINCT oi.order_id) n FROM order_items oi WHERE oi.variant_id = ${flash}`;
    // Every unit sold exactly once: the counter, the ledger and the order lines agree on 500 units.
    const [flashUnits] = await sql<{ reserved: number; ledger: string; lines: string }[]>`
      SELECT
        (SELECT reserved_stock FROM product_variants WHERE id = ${flash}) reserved,
        (SELECT coalesce(sum(quantity), 0) FROM inventory_movements WHERE variant_id = ${flash} AND type = 'RESERVATION') ledger,
        (SELECT coalesce(sum(quantity), 0) FROM order_items WHERE variant_id = ${flash}) lines`;
    const flashUnitsOnce =
      flashUnits?.reserved === FLASH_UNITS &&
      Number(flashUnits.ledger) === FLASH_UNITS &&
      Number(flashUnits.lines) === FLASH_UNITS;

    // Baseline: the bare conditional UPDATE behind a minimal HTTP server, same database, same load.
    const baseline = http.createServer((_req, res) => {
      sql`UPDATE product_variants SET reserved_stock = reserved_stock + 1 WHERE id = ${baselineVariant} AND stock - reserved_stock >= 1 RETURNING id`
        .then((rows) => res.writeHead(rows.length ? 201 : 409).end())
        .catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => baseline.listen(BASELINE_PORT, '127.0.0.1', resolve));
    results.push(
      await measured({
        label: 'baseline: conditional UPDATE only',
        url: `http://127.0.0.1:${BASELINE_PORT}`,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        method: 'POST',
      }),
    );
    baseline.close();

    // SQL statements per checkout: 1-line vs 3-line carts, sequentially, from pg_stat_statements.
    const statementsFor = async (ids: ShopperIds) => {
      const queue = await signIn(ids);
      await sql`SELECT pg_stat_statements_reset()`;
      await drive({
        label: 'count',
        url: base,
        connections: 1,
        amount: 50,
        method: 'POST',
        requestFor: checkoutFrom(queue),
      });
      const [row] = await sql<
        { calls: string }[]
      >`SELECT sum(calls) calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'bench' AND query NOT ILIKE '%pg_stat_statements%'`;
      // The statements themselves go to the console: the first place to look when the count grows.
      const rows = await sql<
        { calls: string; query: string }[]
      >`SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) query FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'bench' AND query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, query`;
      for (const r of rows) console.log(`  ${(Number(r.calls) / 50).toFixed(2).padStart(6)}  ${r.query}`);
      return Number(row?.calls ?? 0) / 50;
    };
    const perOneLine = await statementsFor(oneLine);
    const perThreeLines = await statementsFor(threeLines);
    const [inv] = await sql<
      { bad: string }[]
    >`SELECT count(*) bad FROM product_variants WHERE reserved_stock > stock OR stock < 0`;

    const table = results
      .map((r) => {
        const c = cpu.get(r.label);
        const ms = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
        return `| ${r.label} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${Object.entries(
          r.statusCounts,
        )
          .map(([s, n]) => `${s}×${n}`)
          .join(
            ' ',
          )} | ${r.label.startsWith('baseline') ? 'n/a (bench process)' : ms(c?.server)} | ${ms(c?.postgres)} |`;
      })
      .join('\n');
    const spreadResult = results.find((r) => r.label.startsWith('(b)'))!;
    const hotResult = results.find((r) => r.label.startsWith('(a)'))!;
    const baselineResult = results.find((r) => r.label.startsWith('baseline'))!;
    const hotRatio = spreadResult.rps > 0 ? hotResult.rps / spreadResult.rps : 0;
    const flashUnexpected = Object.entries(flashResult.statusCounts).filter(
      ([status]) => status !== '201' && status !== '409',
    );
    const targets = [
      { label: '(a) ≥ 80 % of (b)', pass: hotRatio >= 0.8, detail: `${(hotRatio * 100).toFixed(0)} %` },
      { label: '(a) p99 ≤ 1 s', pass: hotResult.p99 <= 1000, detail: `${hotResult.p99} ms` },
      { label: '(b) ≥ 150 checkouts/s', pass: spreadResult.rps >= 150, detail: `${spreadResult.rps}/s` },
      { label: '(b) p99 ≤ 800 ms', pass: spreadResult.p99 <= 800, detail: `${spreadResult.p99} ms` },
      {
        label: '(b) 0 unexpected errors',
        pass: spreadResult.errors === 0 && spreadResult.non2xx === 0,
        detail: `${spreadResult.errors + spreadResult.non2xx}`,
      },
      {
        label: `(c) exactly ${FLASH_UNITS} orders for ${FLASH_UNITS} units`,
        pass: Number(flashOrders?.n) === FLASH_UNITS,
        detail: `${flashOrders?.n ?? '?'}`,
      },
      {
        label: `(c) each of the ${FLASH_UNITS} units reserved exactly once (counter = ledger = order lines)`,
        pass: flashUnitsOnce,
        detail: `${flashUnits?.reserved ?? '?'} / ${flashUnits?.ledger ?? '?'} / ${flashUnits?.lines ?? '?'}`,
      },
      {
        label: '(c) every buyer answered within 15 s',
        pass: flashSeconds <= 15 && flashResult.errors === 0 && flashUnexpected.length === 0,
        detail: `${flashSeconds.toFixed(1)} s`,
      },
      {
        label: 'SQL statements: a constant plus a fixed number per line',
        pass: perThreeLines - perOneLine <= 2 * 8,
        detail: `${perOneLine.toFixed(1)} + ${((perThreeLines - perOneLine) / 2).toFixed(1)} per extra line`,
      },
    ];
    const report = `## Checkout (\`npm run bench:checkout\`)

Measured ${machineLine()}. Production server (\`scripts/serve.mjs\`: the production build in one Next.js worker per core, ${workerCount()} here, 20 pooled connections each), embedded PostgreSQL 17 with fsync on, load generator on the same 2 cores. ${CONNECTIONS} connections for ${DURATION} s; every request is a different shopper's one-line checkout (\`POST /api/v1/checkout\` with its own Idempotency-Key and a session minted just before the scenario), rate limits off. "CPU / request" is the CPU time of all the server's processes, and of all PostgreSQL's, during the scenario divided by its requests: where a checkout's cost goes, whatever else the machine runs.

| scenario | requests | checkouts/s | p50 ms | p95 ms | p99 ms | errors | statuses | app CPU / request | PostgreSQL CPU / request |
|---|---|---|---|---|---|---|---|---|---|
${table}

- Flash sale: **${flashOrders?.n ?? '?'} orders for ${FLASH_UNITS} units**, ${Object.values(flashResult.statusCounts).reduce((a, b) => a + b, 0)} of ${FLASH_BUYERS} buyers answered (${
      Object.entries(flashResult.statusCounts)
        .map(([st, n]) => `${st}×${n}`)
        .join(' ') || 'none'
    }; ${flashResult.errors} errors or timeouts), the last after ${flashSeconds.toFixed(1)} s (p99 latency ${flashResult.p99} ms); a buyer who came too late gets 409 \`MKT-STOCK\`. Counter / ledger / order lines of the sold variant: ${flashUnits?.reserved ?? '?'} / ${flashUnits?.ledger ?? '?'} / ${flashUnits?.lines ?? '?'} units.
- SQL statements per checkout (pg_stat_statements, including session, idempotency work and PostgreSQL's own foreign-key checks): **${perOneLine.toFixed(1)}** for a 1-line cart, **${perThreeLines.toFixed(1)}** for a 3-line cart: a constant plus ${((perThreeLines - perOneLine) / 2).toFixed(1)} per extra line (no N+1: the lock, reservation and ledger writes are set-based). The statements themselves are printed by the bench.
- Variants with reserved > stock or stock < 0 after the run: ${inv?.bad ?? '?'}.
- Ratios (same run): (a) hot variant / (b) spread = **${(hotRatio * 100).toFixed(0)} %**; (a) / bare conditional UPDATE baseline = **${baselineResult.rps > 0 ? ((hotResult.rps / baselineResult.rps) * 100).toFixed(0) : '?'} %**. The checkout reads and prices without the variant lock and takes it only for its last statement, the conditional reservation with its ledger rows (\`lib/inventory/reserve-stock.ts\`), so buyers of one variant queue only behind that statement and the commit.

| target (#4) | result | |
|---|---|---|
${targets.map((t) => `| ${t.label} | ${t.detail} | ${t.pass ? '✅' : '❌'} |`).join('\n')}
`;
    writeBenchSection('checkout', report);
    console.log(report);
    if (targets.some((t) => !t.pass)) process.exitCode = 1;
  } finally {
    stopProcess(server);
    await sql.end();
    await db.$client.end();
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
