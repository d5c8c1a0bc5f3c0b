import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createShoppersWithCarts } from '../../lib/testing/commerce-fixtures';
import { createTestProduct } from '../../lib/testing/fixtures';
import { newTally, pool, send, sendUntilFinal, type Answer, type Tally } from './client';
import { control, type World } from './world';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';

/**
 * The fault scenarios of `npm run test:faults` (docs/reliability.md). Each one injects a fault into a
 * running store, lets it recover, and returns its figures and the problems it saw; the runner then
 * checks the cross-table invariants (lib/invariants/check-invariants.ts) after every scenario.
 */
export type ScenarioResult = {
  figures: Record<string, string | number>;
  problems: string[];
};

type Shopper = { userId: string; cookie: string; key: string };

const CHECKOUT_BODY = { deliveryOption: 'PICKUP', acceptTerms: true, termsVersion: currentPurchaseTerms().version };

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(stepMs);
  }
  return false;
}

async function shoppersFor(world: World, variantIds: string[], count: number): Promise<Shopper[]> {
  const ids = await createShoppersWithCarts(world.db, {
    count,
    lines: (i) => [{ variantId: variantIds[i % variantIds.length]!, quantity: 1 }],
  });
  return Promise.all(ids.map(async (userId) => ({ userId, cookie: await world.cookieFor(userId), key: randomUUID() })));
}

function statusLine(tally: Tally): string {
  return Object.entries(tally.byStatus)
    .map(([status, n]) => `${status === '0' ? 'network error' : status}: ${n}`)
    .join(', ');
}

function isEnvelope(answer: Answer): boolean {
  return typeof answer.body === 'object' && answer.body !== null;
}

/** Checks every shopper's final checkout answer against the database: one order at most, each 201 still true. */
async function checkCheckouts(world: World, finals: Map<string, Answer | null>): Promise<string[]> {
  const problems: string[] = [];
  const userIds = [...finals.keys()];
  const rows = await world.sql<{ user_id: string; id: string; status: string }[]>`
    SELECT user_id::text, id::text, status::text FROM orders WHERE user_id = ANY(${userIds}::uuid[])`;
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.id]);
  for (const [userId, answer] of finals) {
    const orders = byUser.get(userId) ?? [];
    if (orders.length > 1) problems.push(`shopper ${userId} has ${orders.length} orders`);
    if (!answer) {
      problems.push(`shopper ${userId} never got a final answer`);
      continue;
    }
    if (answer.status === 201) {
      const orderId = (answer.body as { order?: { id?: string } }).order?.id;
      if (!orderId || !orders.includes(orderId))
        problems.push(`201 for shopper ${userId} names order ${orderId}, not in the database`);
    } else if (orders.length > 0) {
      problems.push(`shopper ${userId} was refused (${answer.status} ${answer.code}) but has an order`);
    }
    if (answer.status >= 500) problems.push(`shopper ${userId} ended on ${answer.status}`);
  }
  return problems;
}

/** 1. SIGKILL one app process in the middle of a checkout storm, then restart it. */
export async function killDuringCheckoutStorm(world: World): Promise<ScenarioResult> {
  const shopperCount = Number(process.env.FAULTS_STORM_SHOPPERS ?? 300);
  const { variants } = await createTestProduct(world.db, {
    // Half the variants have a single unit, so the storm also produces clean stock refusals.
    variants: Array.from({ length: 200 }, (_, i) => ({ initialStock: i % 2 === 0 ? 1 : 5 })),
  });
  const shoppers = await shoppersFor(
    world,
    variants.map((v) => v.id),
    shopperCount,
  );
  const tally = newTally();
  const finals = new Map<string, Answer | null>();
  const victim = world.instances[0]!;
  let recoveryMs = -1;
  const chaos = (async () => {
    await waitUntil(() => tally.requests >= Math.min(60, shopperCount / 5), 60_000, 10);
    victim.kill();
    const killedAt = Date.now();
    await sleep(1_000);
    await victim.start();
    recoveryMs = Date.now() - killedAt;
  })();
  const started = Date.now();
  await pool(shoppers, 40, async (shopper) => {
    finals.set(
      shopper.userId,
      await sendUntilFinal(tally, `${world.balancer.url}/api/v1/checkout`, {
        method: 'POST',
        cookie: shopper.cookie,
        key: shopper.key,
        body: CHECKOUT_BODY,
        deadlineMs: 120_000,
      }),
    );
  });
  await chaos;
  const answers = [...finals.values()];
  return {
    figures: {
      shoppers: shopperCount,
      requests: tally.requests,
      answers: statusLine(tally),
      retries: tally.retries,
      orders: answers.filter((a) => a?.status === 201).length,
      'clean refusals': answers.filter((a) => a && a.status >= 400 && a.status < 500).length,
      'storm seconds': ((Date.now() - started) / 1000).toFixed(1),
      'killed process back in (ms)': recoveryMs,
    },
    problems: await checkCheckouts(world, finals),
  };
}

/** 2. Stop PostgreSQL for 10 s under mixed traffic, start it again, and watch the app come back by itself. */
export async function postgresRestart(world: World): Promise<ScenarioResult> {
  const outageMs = Number(process.env.FAULTS_PG_OUTAGE_S ?? 10) * 1000;
  const { variants } = await createTestProduct(world.db, {
    variants: Array.from({ length: 50 }, () => ({ initialStock: 1_000 })),
  });
  const shoppers = await shoppersFor(
    world,
    variants.map((v) => v.id),
    200,
  );
  const tally = newTally();
  const finals = new Map<string, Answer | null>();
  let stopAt = 0;
  let startAt = 0;
  let running = true;
  let nextShopper = 0;
  const base = world.balancer.url;
  const traffic = Array.from({ length: 16 }, async (_, lane) => {
    while (running) {
      const pick = (lane + tally.requests) % 4;
      if (pick === 3 && nextShopper < shoppers.length) {
        const shopper = shoppers[nextShopper++]!;
        finals.set(
          shopper.userId,
          await sendUntilFinal(tally, `${base}/api/v1/checkout`, {
            method: 'POST',
            cookie: shopper.cookie,
            key: shopper.key,
            body: CHECKOUT_BODY,
            deadlineMs: 60_000,
          }),
        );
      } else if (pick === 2) {
        await send(tally, `${base}/api/v1/cart`, { cookie: shoppers[lane]!.cookie });
      } else {
        await send(tally, `${base}/api/v1/products?pageSize=5&page=${1 + (tally.requests % 5)}`, {});
      }
      await sleep(20);
    }
  });
  await sleep(5_000);
  // The outage starts when the stop is asked for: a fast shutdown first refuses new work, then exits.
  stopAt = Date.now();
  await world.stopPostgres();
  await sleep(outageMs);
  await world.startPostgres();
  startAt = Date.now();
  // Recovery: each instance on its own (not through the balancer) answers a database read again.
  const recovery = await Promise.all(
    world.instances.map(async (instance) => {
      const ok = await waitUntil(
        async () =>
          (await send(newTally(), `http://127.0.0.1:${instance.port}/api/v1/products?pageSize=1&page=7`, {})).status ===
          200,
        30_000,
        100,
      );
      return ok ? Date.now() - startAt : -1;
    }),
  );
  await sleep(5_000);
  running = false;
  await Promise.all(traffic);

  const problems = await checkCheckouts(world, finals);
  const during = tally.answers.filter((a) => a.at >= stopAt && a.at < startAt);
  const fiveHundreds = tally.answers.filter((a) => a.status === 500 || (a.status > 503 && a.status < 600));
  if (fiveHundreds.length > 0) problems.push(`${fiveHundreds.length} answers were 500 or another 5xx than 503`);
  const noRetryAfter = during.filter((a) => a.status === 503 && !a.retryAfter).length;
  if (noRetryAfter > 0) problems.push(`${noRetryAfter} 503 answers without Retry-After`);
  const broken = during.filter((a) => a.status >= 400 && !isEnvelope(a)).length;
  if (broken > 0) problems.push(`${broken} error answers without the JSON envelope`);
  const hangs = tally.answers.filter((a) => a.ms > 20_000).length;
  if (hangs > 0) {
    const slowest = [...tally.answers].sort((a, b) => b.ms - a.ms).slice(0, 3);
    problems.push(
      `${hangs} requests took longer than 20 s (slowest: ${slowest.map((a) => `${a.url} ${a.status} ${a.ms} ms at +${a.at - stopAt} ms`).join('; ')})`,
    );
  }
  const crashed = tally.answers.filter((a) => a.status === 500).slice(0, 3);
  if (crashed.length > 0) {
    problems.push(`500s such as ${crashed.map((a) => `${a.url} at +${a.at - stopAt} ms ${a.code}`).join('; ')}`);
  }
  recovery.forEach((ms, i) => {
    if (ms < 0 || ms > 5_000) problems.push(`instance ${i + 1} served again after ${ms} ms (target ≤ 5000)`);
  });
  return {
    figures: {
      requests: tally.requests,
      answers: statusLine(tally),
      'during the outage': `${during.length} requests, ${during.filter((a) => a.status === 503).length} × 503, ${during.filter((a) => a.status >= 200 && a.status < 300).length} × 2xx`,
      retries: tally.retries,
      'slowest request (ms)': tally.maxMs,
      'recovery per instance (ms)': recovery.join(' / '),
    },
    problems,
  };
}

type PlacedOrder = { orderId: string; reference: string; amountInCents: number; shopper: Shopper };

async function placeOrders(world: World, count: number, tally: Tally): Promise<PlacedOrder[]> {
  const { variants } = await createTestProduct(world.db, {
    variants: Array.from({ length: 10 }, () => ({ initialStock: 1_000 })),
  });
  const shoppers = await shoppersFor(
    world,
    variants.map((v) => v.id),
    count,
  );
  const placed: PlacedOrder[] = [];
  await pool(shoppers, 10, async (shopper) => {
    const answer = await sendUntilFinal(tally, `${world.balancer.url}/api/v1/checkout`, {
      method: 'POST',
      cookie: shopper.cookie,
      key: shopper.key,
      body: CHECKOUT_BODY,
      deadlineMs: 30_000,
    });
    const body = answer?.body as
      { order?: { id: string }; payment?: { reference: string; amountInCents: number } | null } | undefined;
    if (answer?.status === 201 && body?.order && body.payment) {
      placed.push({ orderId: body.order.id, ...body.payment, shopper });
    }
  });
  return placed;
}

async function orderStatuses(world: World, orderIds: string[]): Promise<Map<string, string>> {
  const rows = await world.sql<{ id: string; status: string }[]>`
    SELECT id::text, status::text FROM orders WHERE id = ANY(${orderIds}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.status]));
}

/** Makes the embedded runner reconcile open payments now instead of at its next 10-minute occurrence. */
async function reconcileNow(world: World): Promise<void> {
  await world.sql`UPDATE job_schedules SET next_run_at = now() WHERE name = 'reconcile-payments'`;
}

/** 3. Wompi's API down for a minute while shoppers check out and approvals arrive. */
export async function wompiOutage(world: World): Promise<ScenarioResult> {
  const outageMs = Number(process.env.FAULTS_WOMPI_OUTAGE_S ?? 60) * 1000;
  const tally = newTally();
  const problems: string[] = [];
  const before = await placeOrders(world, 10, tally);
  const outageStarted = Date.now();
  await control(world, 'faults', { downForMs: outageMs });
  // Approvals happen at Wompi while its API is down; their webhooks arrive and cannot be confirmed.
  for (const order of before) {
    await control(world, 'transactions', {
      reference: order.reference,
      amountInCents: order.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: false,
    });
  }
  const during = await placeOrders(world, 10, tally);
  if (during.length < 10) problems.push(`only ${during.length} of 10 checkouts placed an order during the outage`);
  // The order page can still hand out fresh payment data (signed locally, no call to Wompi).
  const retryPay = await send(tally, `${world.balancer.url}/api/v1/orders/${during[0]?.orderId}/payment`, {
    method: 'POST',
    cookie: during[0]?.shopper.cookie,
  });
  if (retryPay.status < 200 || retryPay.status >= 300) {
    problems.push(`pay again during the outage answered ${retryPay.status}`);
  }
  await sleep(Math.max(0, outageStarted + outageMs - Date.now()));

  const deliveries = (await (await fetch(`${world.wompiUrl}/__control/events`)).json()) as {
    data: Array<{ responseStatus: number | null; deliveredAt: string }>;
  };
  const webhookCodes = deliveries.data
    .filter((d) => {
      const at = Date.parse(d.deliveredAt);
      return at >= outageStarted && at < outageStarted + outageMs;
    })
    .map((d) => d.responseStatus ?? 0);
  const acknowledgedDuringOutage = webhookCodes.filter((code) => code >= 200 && code < 300).length;
  if (acknowledgedDuringOutage > 0) {
    problems.push(`${acknowledgedDuringOutage} webhooks were acknowledged while Wompi could not confirm them`);
  }

  // Reconciliation looks at attempts older than PAYMENT_RECONCILE_AFTER_MINUTES (1 here).
  await sleep(Math.max(0, outageStarted + 65_000 - Date.now()));
  const settleStarted = Date.now();
  await reconcileNow(world);
  const ids = before.map((o) => o.orderId);
  // Earlier scenarios left hundreds of abandoned checkouts; each run takes the 100 attempts looked at
  // least recently (lib/payments/reconcile-payments.ts), so the cron is made due again until all settle.
  let runs = 1;
  const settled = await waitUntil(
    async () => {
      if ([...(await orderStatuses(world, ids)).values()].every((s) => s === 'PAID')) return true;
      await reconcileNow(world);
      runs++;
      return false;
    },
    120_000,
    3_000,
  );
  if (!settled) {
    const statuses = await orderStatuses(world, ids);
    problems.push(`not every approved payment settled: ${[...statuses.values()].join(', ')}`);
  }
  const logs = world.instances.flatMap((i) => i.logs);
  const opened = logs.filter((l) => l.includes('circuit opened')).length;
  const closed = logs.filter((l) => l.includes('circuit closed')).length;
  if (opened === 0) problems.push('the Wompi circuit breaker never opened');
  if (opened > 0 && closed === 0) problems.push('the Wompi circuit breaker never closed again');
  return {
    figures: {
      'outage (s)': outageMs / 1000,
      'orders placed during the outage': during.length,
      'webhook deliveries during the outage (answers)': Object.entries(
        webhookCodes.reduce<Record<number, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {}),
      )
        .map(([code, n]) => `${n} × ${code}`)
        .join(', '),
      'breaker opened / closed': `${opened} / ${closed}`,
      'payments settled after the outage in (ms)': settled ? Date.now() - settleStarted : -1,
      'reconciliation runs asked for': runs,
      requests: tally.requests,
    },
    problems,
  };
}

/** 4. SMTP refuses connections, then accepts: every email waits, then goes exactly once. */
export async function smtpOutage(world: World): Promise<ScenarioResult> {
  const outageMs = Number(process.env.FAULTS_SMTP_OUTAGE_S ?? 20) * 1000;
  const problems: string[] = [];
  const tally = newTally();
  const [counted] = await world.sql<{ n: string }[]>`SELECT count(*) n FROM email_messages`;
  const before = Number(counted?.n ?? 0);
  await world.mail.down();
  const startedAt = new Date();
  const orders = await placeOrders(world, 10, tally);
  // Approved payments: each paid order queues a confirmation email for its shopper.
  for (const order of orders) {
    await control(world, 'transactions', {
      reference: order.reference,
      amountInCents: order.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
  }
  await sleep(outageMs);
  const waiting = await world.sql<{ status: string; attempts: number }[]>`
    SELECT status::text, attempts FROM email_messages WHERE created_at >= ${startedAt}`;
  if (waiting.length === 0) problems.push('no email was queued during the outage');
  const failedAttempts = waiting.reduce((sum, row) => sum + Number(row.attempts), 0);
  await world.mail.up();
  const upAt = Date.now();
  const sent = await waitUntil(
    async () =>
      (await world.sql<{ n: string }[]>`SELECT count(*) n FROM email_messages WHERE status <> 'SENT'`)[0]!.n === '0',
    90_000,
    500,
  );
  if (!sent) problems.push('emails still unsent 90 s after SMTP came back');
  const rows = await world.sql<{ id: string }[]>`SELECT id::text FROM email_messages WHERE created_at >= ${startedAt}`;
  const counts = new Map<string, number>();
  for (const mail of world.mail.received())
    counts.set(mail.messageId ?? '', (counts.get(mail.messageId ?? '') ?? 0) + 1);
  for (const row of rows) {
    const n = counts.get(`<${row.id}@botica.mail>`) ?? 0;
    if (n !== 1) problems.push(`email ${row.id} was received ${n} times`);
  }
  return {
    figures: {
      'outage (s)': outageMs / 1000,
      'emails queued during the outage': rows.length,
      'failed attempts during the outage': failedAttempts,
      'all sent after recovery in (ms)': sent ? Date.now() - upAt : -1,
      'emails in the store before': before,
    },
    problems,
  };
}

/** 5. 50 copies of an approval for each of 20 orders, arriving the moment their reservations expire. */
export async function webhookStormDuringExpiry(world: World): Promise<ScenarioResult> {
  const count = Number(process.env.FAULTS_STORM_ORDERS ?? 20);
  const copies = Number(process.env.FAULTS_STORM_COPIES ?? 50);
  const tally = newTally();
  const problems: string[] = [];
  const orders = await placeOrders(world, count, tally);
  const ids = orders.map((o) => o.orderId);
  // Every reservation (and its delayed expiry job) now ends in 3 s, at the same moment.
  await world.sql`UPDATE orders SET reservation_expires_at = now() + interval '3 seconds' WHERE id = ANY(${ids}::uuid[])`;
  await world.sql`UPDATE outbox SET available_at = now() + interval '3 seconds'
    WHERE event_id = ANY(${ids.map((id) => `reservation-due:${id}`)}) AND delivered_at IS NULL`;
  const transactions: string[] = [];
  for (const order of orders) {
    const trx = (await control(world, 'transactions', {
      reference: order.reference,
      amountInCents: order.amountInCents,
      status: 'APPROVED',
      deliver: false,
    })) as { id: string };
    transactions.push(trx.id);
  }
  await sleep(2_900);
  const stormStarted = Date.now();
  const storms = await Promise.all(
    transactions.map(
      (id) =>
        control(world, `transactions/${id}/events`, { copies }) as Promise<{
          deliveries: Array<{ responseStatus: number | null }>;
        }>,
    ),
  );
  const stormMs = Date.now() - stormStarted;
  const codes = storms.flatMap((s) => s.deliveries.map((d) => d.responseStatus ?? 0));
  const tallied = Object.entries(
    codes.reduce<Record<number, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {}),
  )
    .map(([code, n]) => `${n} × ${code === '0' ? 'no answer in 10 s' : code}`)
    .join(', ');
  // Give the expiry jobs and any webhook retries time to finish.
  await waitUntil(
    async () => [...(await orderStatuses(world, ids)).values()].every((s) => s === 'PAID' || s === 'CANCELLED'),
    60_000,
    500,
  );
  const outcomes = await world.sql<{ order_id: string; status: string; outcomes: string[] }[]>`
    SELECT o.id::text AS order_id, o.status::text AS status,
           COALESCE(array_agg(t.outcome) FILTER (WHERE t.outcome IS NOT NULL), '{}') AS outcomes
    FROM orders o LEFT JOIN payment_transactions t ON t.order_id = o.id
    WHERE o.id = ANY(${ids}::uuid[]) GROUP BY o.id, o.status`;
  let paid = 0;
  let refunded = 0;
  for (const row of outcomes) {
    const captured = row.outcomes.some((o) => o === 'CAPTURED' || o === 'LATE_CAPTURED');
    const owed = row.outcomes.includes('REFUND_DUE');
    if (row.status === 'PAID' && captured && !owed) paid++;
    else if (row.status === 'CANCELLED' && owed && !captured) refunded++;
    else problems.push(`order ${row.order_id}: ${row.status} with outcomes [${row.outcomes.join(', ')}]`);
    if (row.outcomes.length !== 1) problems.push(`order ${row.order_id} recorded ${row.outcomes.length} transactions`);
  }
  return {
    figures: {
      orders: ids.length,
      'webhook deliveries': codes.length,
      'delivery answers': tallied,
      'storm (ms)': stormMs,
      'paid with stock captured': paid,
      'expired, payment owed back': refunded,
    },
    problems,
  };
}

export const SCENARIOS = {
  'kill-storm': { title: 'kill -9 during a checkout storm', run: killDuringCheckoutStorm },
  'postgres-restart': { title: 'PostgreSQL restart under traffic', run: postgresRestart },
  'wompi-outage': { title: 'Wompi down', run: wompiOutage },
  'smtp-outage': { title: 'SMTP down', run: smtpOutage },
  'webhook-storm': { title: 'Webhook storm during expiry', run: webhookStormDuringExpiry },
} as const;
