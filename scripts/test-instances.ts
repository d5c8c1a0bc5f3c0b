/**
 * `npm run test:instances`: two separate app instances (two production servers, each started by the
 * project's production start command, see scripts/lib/bench-harness.ts `startProductionServer`) on two
 * ports over ONE PostgreSQL, each with the embedded job runner on, and a real SMTP sink they both send
 * to. Requests alternate between the instances and check what a load balancer in front of them needs:
 *
 * 1. an Idempotency-Key replayed on the other instance returns the same order;
 * 2. an image uploaded through one instance (`POST /api/v1/admin/products/{id}/images`, multipart, the
 *    door the admin UI uploads through) is served by the other;
 * 3. an admin edit made on one shows on the other's next page load (its caches are emptied through
 *    PostgreSQL LISTEN/NOTIFY, cache-handlers/tag-state.mjs);
 * 4. 100 orders left to expire are each expired exactly once with both runners on, and the expiry
 *    notice email reaches the SMTP server once per order;
 * 5. a rate limit is shared (the buckets live in PostgreSQL).
 *
 * Ports come from env (INSTANCES_PORT_A, INSTANCES_PORT_B, INSTANCES_PG_PORT, INSTANCES_SMTP_PORT) so
 * parallel runs never collide. Exits non-zero on any failed check.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { encode } from 'next-auth/jwt';
import postgres from 'postgres';
import sharp from 'sharp';
import { startProductionServer } from './lib/bench-harness';
import { isBuildStale } from './lib/build-freshness';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { runCommand, stopProcess } from './lib/run-command';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';

const PORT_A = Number(process.env.INSTANCES_PORT_A ?? 3211);
const PORT_B = Number(process.env.INSTANCES_PORT_B ?? 3212);
const PG_PORT = Number(process.env.INSTANCES_PG_PORT ?? 54341);
const SMTP_PORT = Number(process.env.INSTANCES_SMTP_PORT ?? 2526);
const SECRET = 'instances-secret-not-for-production-0123456789';
const API_LIMIT = 10;
const EXPIRING_ORDERS = 100;

type Check = { name: string; pass: boolean; detail: string };
const checks: Check[] = [];
function check(name: string, pass: boolean, detail: string) {
  checks.push({ name, pass, detail });
  console.log(`${pass ? '✔' : '✖'} ${name}: ${detail}`);
}

const base = (port: number) => `http://localhost:${port}`;

/** An Auth.js session cookie minted with the instances' shared secret (test setup only). */
async function sessionCookie(user: { id: string; email: string; role: string }): Promise<string> {
  const name = 'authjs.session-token';
  const token = await encode({
    token: { sub: user.id, email: user.email, role: user.role, vipUntil: null, refreshedAt: Date.now() },
    secret: SECRET,
    salt: name,
    maxAge: 3600,
  });
  return `${name}=${token}`;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | false>): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<number> {
  const dataDir = path.resolve('.data/instances-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: PG_PORT,
    database: 'botica_instances',
    durable: false,
    maxConnections: 200,
  });
  process.env.DATABASE_URL = pg.url;
  const { applyMigrations } = await import('../lib/db/migrate');
  const { createDb } = await import('../db/client');
  const { seedDatabase } = await import('../db/seed/seed');
  const { createTestProduct } = await import('../lib/testing/fixtures');
  const { createShoppersWithCarts } = await import('../lib/testing/commerce-fixtures');
  const { placeOrder } = await import('../lib/checkout/place-order');
  const { startSmtpSink } = await import('../lib/email/testing/start-smtp-sink');
  await applyMigrations(pg.url);
  const db = createDb({ url: pg.url, max: 10 });
  await seedDatabase(db, {});
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  const smtp = await startSmtpSink({ port: SMTP_PORT });
  const servers: ChildProcess[] = [];
  try {
    if (isBuildStale(process.cwd()))
      await runCommand('npx', ['next', 'build'], {
        ...process.env,
        DATABASE_URL: pg.url,
        NEXT_TELEMETRY_DISABLED: '1',
      });
    const instanceEnv = (port: number): NodeJS.ProcessEnv => ({
      ...process.env,
      DATABASE_URL: pg.url,
      DATABASE_POOL_MAX: '8',
      AUTH_SECRET: SECRET,
      APP_URL: base(port),
      AUTH_URL: base(port),
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      WEB_CONCURRENCY: '1',
      JOBS_RUNNER: 'embedded',
      JOBS_POLL_MS: '250',
      SMTP_URL: smtp.url,
      RATE_LIMIT_API_PER_MIN: String(API_LIMIT),
      RATE_LIMIT_CHECKOUT_PER_MIN: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    });
    // One after the other: both build nothing, but starting two at once on 2 shared cores is slower.
    servers.push(await startProductionServer({ port: PORT_A, env: instanceEnv(PORT_A) }));
    servers.push(await startProductionServer({ port: PORT_B, env: instanceEnv(PORT_B) }));
    const [A, B] = [base(PORT_A), base(PORT_B)];
    console.log(`instances up: A ${A}, B ${B}, one PostgreSQL on ${PG_PORT}, SMTP sink on ${SMTP_PORT}`);

    const [admin] = await sql<
      { id: string; email: string }[]
    >`SELECT id, email FROM users WHERE role = 'ADMIN' LIMIT 1`;
    const adminCookie = await sessionCookie({ id: admin!.id, email: admin!.email, role: 'ADMIN' });

    // 1. Idempotency-Key replayed on the other instance.
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 1_000, priceCents: 2_500_000 }] });
    const [shopperId] = await createShoppersWithCarts(db, {
      count: 1,
      lines: () => [{ variantId: variants[0]!.id, quantity: 2 }],
    });
    const shopperCookie = await sessionCookie({ id: shopperId!, email: `${shopperId}@instances`, role: 'CUSTOMER' });
    // One key for both requests; keys are UUIDs (lib/idempotency/run-idempotent.ts, 400 otherwise).
    const idempotencyKey = randomUUID();
    const checkout = (url: string) =>
      fetch(`${url}/api/v1/checkout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, cookie: shopperCookie },
        body: JSON.stringify({
          deliveryOption: 'PICKUP',
          acceptTerms: true,
          termsVersion: currentPurchaseTerms().version,
        }),
      });
    const first = await checkout(A);
    const firstText = await first.text();
    const firstBody = JSON.parse(firstText) as { order?: { id: string } };
    const replay = await checkout(B);
    const replayText = await replay.text();
    const replayBody = JSON.parse(replayText) as { order?: { id: string } };
    const [orderCount] = await sql<{ n: string }[]>`SELECT count(*) n FROM orders WHERE user_id = ${shopperId!}`;
    check(
      'Idempotency-Key replayed on the other instance returns the same order',
      first.status === 201 &&
        replay.status === 201 &&
        replay.headers.get('idempotent-replayed') === 'true' &&
        firstBody.order?.id === replayBody.order?.id &&
        Number(orderCount?.n) === 1,
      `A ${first.status} order ${firstBody.order?.id}; B ${replay.status} replayed=${replay.headers.get('idempotent-replayed')} order ${replayBody.order?.id}; orders in DB ${orderCount?.n}` +
        (first.status === 201 ? '' : `; A answered ${firstText.slice(0, 300)}`) +
        (replay.status === 201 ? '' : `; B answered ${replayText.slice(0, 300)}`),
    );

    // 2. An image uploaded through A (POST /api/v1/admin/products/{id}/images, as the admin UI does) is served by B.
    const { product } = await createTestProduct(db, { variants: [{ initialStock: 5 }] });
    const png = await sharp({
      create: { width: 400, height: 400, channels: 3, background: { r: 120, g: 160, b: 140 } },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('alt', 'Frasco visto de frente');
    form.set('file', new File([new Uint8Array(png)], 'frasco.png', { type: 'image/png' }));
    const upload = await fetch(`${A}/api/v1/admin/products/${product.id}/images`, {
      method: 'POST',
      headers: { cookie: adminCookie },
      body: form,
    });
    const uploadBody = await upload.text();
    const [image] = await sql<{ url: string }[]>`SELECT url FROM product_images WHERE product_id = ${product.id}`;
    const fromB = image ? await fetch(`${B}${image.url}`) : null;
    const fromA = image ? await fetch(`${A}${image.url}`) : null;
    const bytesB = fromB ? Buffer.from(await fromB.arrayBuffer()) : Buffer.alloc(0);
    const bytesA = fromA ? Buffer.from(await fromA.arrayBuffer()) : Buffer.alloc(0);
    check(
      'an image uploaded through A is served by B',
      upload.status === 201 &&
        fromB?.status === 200 &&
        fromB.headers.get('content-type') === 'image/png' &&
        (fromB.headers.get('content-security-policy') ?? '').includes('sandbox') &&
        fromB.headers.get('x-content-type-options') === 'nosniff' &&
        fromB.headers.get('etag') === fromA?.headers.get('etag') &&
        bytesB.length > 0 &&
        bytesB.equals(bytesA),
      `upload on A ${upload.status}${upload.status === 201 ? '' : ` ${uploadBody.slice(0, 300)}`} → ${image?.url ?? 'no row'}; B ${fromB?.status} ${fromB?.headers.get('content-type')} ${bytesB.length} bytes, ETag ${fromB?.headers.get('etag') === fromA?.headers.get('etag') ? 'same as A' : 'differs'}`,
    );

    // 3. An admin edit on A shows on B's next page load (B's caches are warm with the old page first).
    const [slugRow] = await sql<
      { slug: string; name: string }[]
    >`SELECT slug, name FROM products WHERE id = ${product.id}`;
    const pageOnB = async () => (await fetch(`${B}/productos/${slugRow!.slug}`)).text();
    await pageOnB();
    await pageOnB();
    const newName = `Aceite editado en A ${Date.now()}`;
    const edit = await fetch(`${A}/api/v1/admin/products/${product.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify({ name: newName }),
    });
    const nextLoad = await pageOnB();
    check(
      "an admin edit made on A shows on B's next page load",
      edit.status === 200 && nextLoad.includes(newName),
      `PATCH on A ${edit.status}; B's next load ${nextLoad.includes(newName) ? 'shows' : 'does NOT show'} the new name`,
    );

    // 4. 100 orders left to expire: each expired exactly once with both runners on, one email each.
    const expiring = (await createTestProduct(db, { variants: [{ initialStock: 10_000, priceCents: 1_000_000 }] }))
      .variants[0]!.id;
    const expiringShoppers = await createShoppersWithCarts(db, {
      count: EXPIRING_ORDERS,
      lines: () => [{ variantId: expiring, quantity: 1 }],
    });
    const orderIds: string[] = [];
    for (const userId of expiringShoppers) {
      const order = await db.transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } }));
      orderIds.push(order.id);
    }
    // Let both runners relay the order/created events (confirmation emails), then make every reservation due.
    await waitFor('order/created events to be relayed', 60_000, async () => {
      const [left] = await sql<{ n: string }[]>`
        SELECT count(*) n FROM outbox WHERE delivered_at IS NULL AND name = 'order/created'`;
      return Number(left?.n) === 0;
    });
    const expiryStarted = Date.now();
    await sql`UPDATE orders SET reservation_expires_at = now() - interval '1 second' WHERE id = ANY(${orderIds}::uuid[])`;
    await sql`UPDATE outbox SET available_at = now() WHERE name = 'order/reservation.due' AND delivered_at IS NULL`;
    await waitFor('all 100 orders to expire', 120_000, async () => {
      const [left] = await sql<{ n: string }[]>`
        SELECT count(*) n FROM orders WHERE id = ANY(${orderIds}::uuid[]) AND status = 'PENDING_PAYMENT'`;
      return Number(left?.n) === 0;
    });
    const expirySeconds = (Date.now() - expiryStarted) / 1000;
    const [expiry] = await sql<{ cancelled: string; releases: string; transitions: string; reserved: number }[]>`
      SELECT
        (SELECT count(*) FROM orders WHERE id = ANY(${orderIds}::uuid[]) AND status = 'CANCELLED' AND cancellation_reason = 'EXPIRED') cancelled,
        (SELECT count(*) FROM inventory_movements WHERE order_id = ANY(${orderIds}::uuid[]) AND type = 'RESERVATION_RELEASE') releases,
        (SELECT count(*) FROM order_status_history WHERE order_id = ANY(${orderIds}::uuid[]) AND to_status = 'CANCELLED') transitions,
        (SELECT reserved_stock FROM product_variants WHERE id = ${expiring}) reserved`;
    check(
      `${EXPIRING_ORDERS} orders left to expire are each expired exactly once with both runners on`,
      Number(expiry?.cancelled) === EXPIRING_ORDERS &&
        Number(expiry?.releases) === EXPIRING_ORDERS &&
        Number(expiry?.transitions) === EXPIRING_ORDERS &&
        Number(expiry?.reserved) === 0,
      `${expiry?.cancelled} cancelled as EXPIRED, ${expiry?.releases} stock releases, ${expiry?.transitions} status transitions, reserved left ${expiry?.reserved} (in ${expirySeconds.toFixed(1)} s)`,
    );
    const expiryKeys = new Set(orderIds.map((id) => `order-status:${id}:CANCELLED`));
    await waitFor('the expiry emails to be sent', 120_000, async () => {
      const [left] = await sql<{ n: string }[]>`
        SELECT count(*) n FROM email_messages WHERE dedupe_key = ANY(${[...expiryKeys]}) AND status <> 'SENT'`;
      const [all] = await sql<{ n: string }[]>`
        SELECT count(*) n FROM email_messages WHERE dedupe_key = ANY(${[...expiryKeys]})`;
      return Number(left?.n) === 0 && Number(all?.n) === EXPIRING_ORDERS;
    });
    await new Promise((r) => setTimeout(r, 2_000)); // a late duplicate, if any, would arrive now
    const expiryRows = await sql<{ id: string; dedupe_key: string }[]>`
      SELECT id, dedupe_key FROM email_messages WHERE dedupe_key = ANY(${[...expiryKeys]})`;
    const rowIds = new Set(expiryRows.map((r) => `<${r.id}@botica.mail>`));
    const perMessage = new Map<string, number>();
    for (const mail of smtp.received)
      if (mail.messageId && rowIds.has(mail.messageId))
        perMessage.set(mail.messageId, (perMessage.get(mail.messageId) ?? 0) + 1);
    const twice = [...perMessage.values()].filter((n) => n > 1).length;
    check(
      'the expiry notice email is sent once per order',
      perMessage.size === EXPIRING_ORDERS && twice === 0,
      `${perMessage.size} orders' notices received by the SMTP server, ${twice} received more than once`,
    );

    // 5. A rate limit shared by both instances (last: it exhausts the public API limit of this IP).
    const statuses: Array<{ instance: 'A' | 'B'; status: number }> = [];
    for (let i = 0; i < API_LIMIT + 2; i++) {
      const instance = i % 2 === 0 ? 'A' : 'B';
      const res = await fetch(`${instance === 'A' ? A : B}/api/v1/products?limit=1`);
      await res.arrayBuffer();
      statuses.push({ instance, status: res.status });
    }
    const ok = statuses.filter((s) => s.status === 200).length;
    const limitedOn = new Set(statuses.filter((s) => s.status === 429).map((s) => s.instance));
    check(
      `a rate limit is shared (${API_LIMIT}/min per IP, requests alternating A/B)`,
      ok === API_LIMIT && limitedOn.has('A') && limitedOn.has('B'),
      statuses.map((s) => `${s.instance}:${s.status}`).join(' '),
    );
  } finally {
    for (const server of servers) stopProcess(server);
    await smtp.close();
    await sql.end();
    await db.$client.end();
    await pg.stop();
  }
  const failed = checks.filter((c) => !c.pass);
  console.log(failed.length === 0 ? `\nall ${checks.length} checks passed` : `\n${failed.length} check(s) failed`);
  return failed.length === 0 ? 0 : 1;
}

const started = Date.now();
main()
  .then((code) => {
    console.log(`test:instances took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
