/**
 * `npm run bench:soak`: mixed traffic at a fixed rate for a long time, to find what only time finds —
 * memory that grows, latency that creeps, connections that leak, background work that falls behind.
 * Same little production as the fault suite (scripts/faults/world.ts): two `scripts/serve.mjs`
 * instances behind a balancer, embedded PostgreSQL, fake Wompi, local SMTP.
 *
 * Traffic (open loop: requests start on schedule whether or not earlier ones finished):
 *   80 % browsing — home, list, product pages and the catalogue API, anonymous and signed in
 *   15 % cart changes — add a line, change it, remove it
 *    5 % checkouts — each paid through the fake Wompi (an approval webhook follows)
 * Per minute: throughput, p50/p99, errors, each process's RSS and open fds, PostgreSQL connections,
 * outbox lag. Targets (docs/benchmarks.md): 0 errors; each process's RSS at the end within 15 % of
 * minute 2; last minute's p99 within 1.5× minute 2's; outbox lag < 5 s throughout; connections never
 * above the configured pools; afterwards, once background work drained, every invariant holds
 * (lib/invariants/check-invariants.ts).
 *
 *   SOAK_MINUTES (10; 60 for a release)   SOAK_RATE (requests per second, 40)
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordMovements } from '../lib/inventory/record-movement';
import { createShoppersWithCarts } from '../lib/testing/commerce-fixtures';
import { machineLine } from './lib/bench-harness';
import { writeBenchSection } from './lib/bench-report';
import { processGroupMemory } from './lib/process-cpu';
import { newTally, send, type Answer } from './faults/client';
import { control, settledViolations, startWorld } from './faults/world';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 40);
const POOL_PER_INSTANCE = 10;
const INSTANCES = 2;

type Minute = {
  minute: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  rssMb: number[];
  fds: number[];
  pgConnections: number;
  outboxLagS: number;
};

/** A reading that does not come back in time is reported as missing instead of stalling the soak. */
async function withinSeconds<T>(seconds: number, work: PromiseLike<T[]>): Promise<Array<T | undefined>> {
  return Promise.race([Promise.resolve(work), sleep(seconds * 1000).then(() => [undefined])]);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<number> {
  const world = await startWorld({ instances: INSTANCES });
  try {
    const products = await world.sql<{ slug: string; variant_id: string }[]>`
      SELECT p.slug, v.id::text AS variant_id FROM products p JOIN product_variants v ON v.product_id = p.id
      WHERE p.is_active AND p.deleted_at IS NULL ORDER BY p.slug LIMIT 40`;
    if (products.length === 0) throw new Error('the seed has no products to browse');
    const checkouts = Math.ceil(RATE * MINUTES * 60 * 0.05) + 20;
    // Restocked through the ledger first, so the soak never runs the shelves empty.
    await world.db.transaction((tx) =>
      recordMovements(
        tx,
        products.map((p) => ({ variantId: p.variant_id, type: 'RESTOCK' as const, quantity: 10_000, note: 'soak' })),
      ),
    );
    const buyers = await createShoppersWithCarts(world.db, {
      count: checkouts,
      lines: (i) => [{ variantId: products[i % products.length]!.variant_id, quantity: 1 }],
    });
    const browsers = await createShoppersWithCarts(world.db, { count: 20, lines: () => [] });
    const browserCookies = await Promise.all(browsers.map((id) => world.cookieFor(id)));
    let nextBuyer = 0;
    const base = world.balancer.url;

    const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
    const browse = async (tally: ReturnType<typeof newTally>) => {
      const cookie = Math.random() < 0.5 ? pick(browserCookies) : undefined;
      const product = pick(products);
      const path = pick([
        '/',
        '/productos',
        `/productos/${product.slug}`,
        '/productos?q=aceite',
        `/api/v1/products?pageSize=12&page=${1 + Math.floor(Math.random() * 3)}`,
      ]);
      return send(tally, `${base}${path}`, { cookie });
    };
    const cartChange = async (tally: ReturnType<typeof newTally>) => {
      const cookie = pick(browserCookies);
      const added = await send(tally, `${base}/api/v1/cart/items`, {
        method: 'POST',
        cookie,
        key: randomUUID(),
        body: { variantId: pick(products).variant_id, quantity: 1 },
      });
      const itemId = (added.body as { item?: { id?: string }; cart?: { items?: Array<{ id: string }> } } | null)?.cart
        ?.items?.[0]?.id;
      if (itemId) await send(tally, `${base}/api/v1/cart/items/${itemId}`, { method: 'DELETE', cookie });
      return added;
    };
    const checkout = async (tally: ReturnType<typeof newTally>) => {
      const buyer = buyers[nextBuyer++ % buyers.length]!;
      const answer = await send(tally, `${base}/api/v1/checkout`, {
        method: 'POST',
        cookie: await world.cookieFor(buyer),
        key: randomUUID(),
        body: { deliveryOption: 'PICKUP', acceptTerms: true, termsVersion: currentPurchaseTerms().version },
      });
      const payment = (answer.body as { payment?: { reference: string; amountInCents: number } | null } | null)
        ?.payment;
      if (answer.status === 201 && payment) {
        await control(world, 'transactions', { ...payment, status: 'APPROVED', deliver: true, wait: false });
      }
      return answer;
    };

    const minutes: Minute[] = [];
    const errorsSeen: string[] = [];
    const started = Date.now();
    for (let minute = 1; minute <= MINUTES; minute++) {
      const tally = newTally();
      const inFlight: Promise<Answer>[] = [];
      const minuteEnd = started + minute * 60_000;
      let scheduled = Date.now();
      while (Date.now() < minuteEnd) {
        const roll = Math.random();
        const work = roll < 0.8 ? browse(tally) : roll < 0.95 ? cartChange(tally) : checkout(tally);
        inFlight.push(work);
        scheduled += 1000 / RATE;
        const wait = scheduled - Date.now();
        if (wait > 0) await sleep(wait);
      }
      // A request that never settles must not stall the soak: after 60 s it counts as an error.
      const settled = await Promise.race([
        Promise.allSettled(inFlight).then(() => true),
        sleep(60_000).then(() => false),
      ]);
      if (!settled) errorsSeen.push(`minute ${minute}: requests still unsettled 60 s after the minute`);
      const latencies = tally.answers.map((a) => a.ms).sort((a, b) => a - b);
      const errors = tally.answers.filter((a) => a.status === 0 || a.status >= 500);
      const unsettled = settled ? 0 : Math.max(0, inFlight.length - tally.answers.length);
      for (const e of errors.slice(0, 3)) errorsSeen.push(`minute ${minute}: ${e.status} ${e.code ?? ''}`);
      const memory = world.instances.map((instance) => processGroupMemory(instance.pid()));
      console.log(`minute ${minute}: traffic done, reading the database…`);
      const [connections] = await withinSeconds(
        10,
        world.sql<{ n: string }[]>`
        SELECT count(*) n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      const [lag] = await withinSeconds(
        10,
        world.sql<{ s: string | null }[]>`
        SELECT EXTRACT(EPOCH FROM now() - min(available_at)) s FROM outbox
        WHERE delivered_at IS NULL AND available_at <= now()`,
      );
      const row: Minute = {
        minute,
        requests: tally.requests,
        errors: errors.length + unsettled,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        rssMb: memory.map((m) => Math.round(m.rssBytes / 2 ** 20)),
        fds: memory.map((m) => m.openFds),
        pgConnections: Number(connections?.n ?? Number.NaN),
        outboxLagS: lag === undefined ? Number.NaN : Math.max(0, Number(lag.s ?? 0)),
      };
      minutes.push(row);
      console.log(
        `minute ${minute}: ${row.requests} req, ${row.errors} errors, p50 ${row.p50} ms, p99 ${row.p99} ms, RSS ${row.rssMb.join('/')} MB, fds ${row.fds.join('/')}, PG connections ${row.pgConnections}, outbox lag ${row.outboxLagS.toFixed(1)} s`,
      );
    }

    console.log('settled invariants after the soak…');
    const violations = await settledViolations(world);
    for (const v of violations.slice(0, 10)) console.log(`   ✖ ${v.invariant}: ${v.detail}`);
    const [orderCounts] = await world.sql<{ paid: string; pending: string; other: string }[]>`
      SELECT count(*) FILTER (WHERE status = 'PAID') paid, count(*) FILTER (WHERE status = 'PENDING_PAYMENT') pending,
             count(*) FILTER (WHERE status NOT IN ('PAID', 'PENDING_PAYMENT')) other FROM orders`;

    const second = minutes[Math.min(1, minutes.length - 1)]!;
    const last = minutes.at(-1)!;
    const totalErrors = minutes.reduce((sum, m) => sum + m.errors, 0);
    const rssGrowth = last.rssMb.map((mb, i) => mb / (second.rssMb[i] || 1) - 1);
    // The world's own pools (checker and harness) are not the app's; count only what the app may open.
    const poolLimit = INSTANCES * (POOL_PER_INSTANCE + 2) + 14;
    const targets: Array<[string, string, boolean]> = [
      ['0 errors', `${totalErrors}`, totalErrors === 0],
      [
        'RSS at the end within 15 % of minute 2 (each process)',
        rssGrowth.map((g) => `${(g * 100).toFixed(1)} %`).join(' / '),
        rssGrowth.every((g) => g <= 0.15),
      ],
      [
        "last minute's p99 ≤ 1.5× minute 2's",
        `${last.p99} ms vs ${second.p99} ms`,
        last.p99 <= 1.5 * Math.max(second.p99, 1),
      ],
      [
        'outbox lag < 5 s throughout',
        `max ${Math.max(...minutes.map((m) => m.outboxLagS)).toFixed(1)} s`,
        minutes.every((m) => m.outboxLagS < 5),
      ],
      [
        'PostgreSQL connections never above the pools',
        `max ${Math.max(...minutes.map((m) => m.pgConnections))} (limit ${poolLimit})`,
        minutes.every((m) => m.pgConnections <= poolLimit),
      ],
      [
        'every invariant holds after the soak (settled)',
        violations.length === 0
          ? `orders paid ${orderCounts?.paid}, pending ${orderCounts?.pending}, other ${orderCounts?.other}`
          : `${violations.length} violations (${[...new Set(violations.map((v) => v.invariant))].join(', ')})`,
        violations.length === 0,
      ],
    ];
    writeBenchSection(
      'soak',
      [
        '## Soak (`npm run bench:soak`)',
        '',
        `- Machine: ${machineLine()}`,
        `- ${MINUTES} minutes at ${RATE} requests/s (open loop): 80 % browsing (half signed in), 15 % cart changes, 5 % checkouts paid through the fake Wompi. Two \`scripts/serve.mjs\` instances (one worker each) behind a balancer, ${POOL_PER_INSTANCE} pooled connections each, every instance running the embedded job runner.`,
        '',
        '| minute | requests | errors | p50 ms | p99 ms | RSS MB (per process) | open fds | PG connections | outbox lag s |',
        '| ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |',
        ...minutes.map(
          (m) =>
            `| ${m.minute} | ${m.requests} | ${m.errors} | ${m.p50} | ${m.p99} | ${m.rssMb.join(' / ')} | ${m.fds.join(' / ')} | ${m.pgConnections} | ${m.outboxLagS.toFixed(1)} |`,
        ),
        '',
        '| target | result | |',
        '| --- | --- | --- |',
        ...targets.map(([name, value, ok]) => `| ${name} | ${value} | ${ok ? '✅' : '❌'} |`),
        ...(errorsSeen.length ? ['', `First errors: ${errorsSeen.join('; ')}`] : []),
      ].join('\n'),
    );
    return targets.every(([, , ok]) => ok) ? 0 : 1;
  } finally {
    await world.close().catch(() => {});
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
