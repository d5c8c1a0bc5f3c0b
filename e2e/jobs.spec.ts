import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import postgres from 'postgres';
import { expect, test } from './fixtures';
import { currentTerms } from './support/terms';

/*
 * Background work as a shopper and an admin see it, with the embedded runner inside the app (the E2E
 * runner configures no Inngest and no SMTP, so mail goes to .eml files and is listed on "Correos").
 * Orders are placed through the JSON API; payment goes through the fake Wompi's control API, which
 * posts a signed webhook to the app exactly as Wompi would.
 */

function database() {
  return postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
}

async function variantBySku(sku: string): Promise<{ id: string; stock: number; reserved: number }> {
  const sql = database();
  try {
    const [row] = await sql<
      { id: string; stock: number; reserved: number }[]
    >`SELECT id, stock, reserved_stock AS reserved FROM product_variants WHERE sku = ${sku}`;
    if (!row) throw new Error(`no variant ${sku}`);
    return { id: row.id, stock: Number(row.stock), reserved: Number(row.reserved) };
  } finally {
    await sql.end();
  }
}

/** Sets the reservation TTL and returns a function that puts the previous value back. */
async function setReservationTtl(minutes: number): Promise<() => Promise<void>> {
  const sql = database();
  try {
    const [previous] = await sql<{ value: unknown }[]>`SELECT value FROM settings WHERE key = 'reservationTtlMinutes'`;
    await sql`INSERT INTO settings (key, value) VALUES ('reservationTtlMinutes', ${sql.json(minutes)}) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`;
    return async () => {
      const restore = database();
      try {
        if (previous)
          await restore`UPDATE settings SET value = ${restore.json(previous.value as number)} WHERE key = 'reservationTtlMinutes'`;
        else await restore`DELETE FROM settings WHERE key = 'reservationTtlMinutes'`;
      } finally {
        await restore.end();
      }
    };
  } finally {
    await sql.end();
  }
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('#contenido')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Cart → checkout through the API (the page's session cookie rides along). */
async function placePendingOrder(request: APIRequestContext, variantId: string) {
  const added = await request.post('/api/v1/cart/items', { data: { variantId, quantity: 1 } });
  expect(added.status(), await added.text()).toBe(201);
  const checkout = await request.post('/api/v1/checkout', {
    data: { deliveryOption: 'PICKUP', ...(await currentTerms(request)) },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(checkout.status(), await checkout.text()).toBe(201);
  return (await checkout.json()) as {
    order: { id: string; number: number; status: string };
    payment: { reference: string; amountInCents: number };
  };
}

test('a pending order whose reservation runs out expires: the shopper is told and the stock is back', async ({
  page,
  signIn,
  newShopper,
}) => {
  test.setTimeout(180_000);
  const restoreTtl = await setReservationTtl(1);
  try {
    await signIn(await newShopper('jobs-vence'));
    const before = await variantBySku('BAN-AVE-UN');
    const { order } = await placePendingOrder(page.request, before.id);
    expect(order.status).toBe('PENDING_PAYMENT');
    expect((await variantBySku('BAN-AVE-UN')).reserved).toBe(before.reserved + 1);

    // One minute of reservation, then the runner's delayed job releases it (polled once a second).
    await expect
      .poll(
        async () =>
          ((await (await page.request.get(`/api/v1/orders/${order.id}`)).json()) as { status: string }).status,
        { timeout: 120_000, intervals: [2_000] },
      )
      .toBe('CANCELLED');

    await page.goto(`/cuenta/pedidos/${order.id}`);
    await expect(page.getByTestId('order-status')).toHaveText('Expirado');
    const after = await variantBySku('BAN-AVE-UN');
    expect(after).toEqual({ ...before, reserved: before.reserved });

    // The notification comes from the status change's outbox event, a job run after the expiry:
    // reload until it is there (the page lists what exists when it renders).
    await expect(async () => {
      await page.goto('/cuenta/notificaciones');
      await expect(page.getByRole('heading', { name: 'Notificaciones' })).toBeVisible();
      await expect(page.getByRole('link', { name: `Tu reserva del pedido #${order.number} venció` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000, intervals: [1_000] });
  } finally {
    await restoreTtl();
  }
});

test('a paid order: the email is listed on the admin page "Correos" and the bell shows the notification', async ({
  page,
  adminPage: admin,
  signIn,
  newShopper,
}) => {
  test.setTimeout(120_000);
  const shopper = await newShopper('jobs-paga');
  await signIn(shopper);
  const { email } = shopper;
  const variant = await variantBySku('BAN-AVE-X3');
  const { order, payment } = await placePendingOrder(page.request, variant.id);

  const fake = process.env.WOMPI_FAKE_URL;
  expect(fake, 'the E2E runner starts the fake Wompi and passes WOMPI_FAKE_URL').toBeTruthy();
  const paid = await page.request.post(`${fake}/__control/transactions`, {
    data: {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    },
  });
  expect(paid.ok(), await paid.text()).toBe(true);
  await expect
    .poll(
      async () => ((await (await page.request.get(`/api/v1/orders/${order.id}`)).json()) as { status: string }).status,
    )
    .toBe('PAID');

  // The bell in the header counts "order received" and "payment confirmed" once the runner has run.
  await expect
    .poll(
      async () => {
        await page.goto('/');
        return page.getByRole('banner').getByTestId('notification-bell').getAttribute('aria-label');
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe('Notificaciones, 2 sin leer');
  await page.getByRole('banner').getByTestId('notification-bell').click();
  await expect(page).toHaveURL(/\/cuenta\/notificaciones$/);
  await expect(page.getByRole('link', { name: `Pago confirmado: pedido #${order.number}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Marcar todas como leídas' }).click();
  await expect(page.getByTestId('unread-summary')).toHaveText('Estás al día.');
  await expect(page.getByRole('banner').getByTestId('notification-bell')).toHaveAttribute(
    'aria-label',
    'Notificaciones, ninguna sin leer',
  );

  // A shopper cannot see the mail log.
  expect((await page.goto('/admin/correos'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();

  await expect
    .poll(
      async () => {
        await admin.goto('/admin/correos?estado=SENT');
        return admin
          .getByTestId('email-row')
          .filter({ hasText: email })
          .filter({ hasText: `Pago confirmado: pedido #${order.number}` })
          .count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  const row = admin.getByTestId('email-row').filter({ hasText: `Pago confirmado: pedido #${order.number}` });
  await expect(row.getByText('Enviado', { exact: true })).toBeVisible();
  await row.getByText(`Pago confirmado: pedido #${order.number} · Botica`).click();
  await expect(row.getByText(/Recibimos tu pago de/)).toBeVisible();
  await expect(row.getByText(/\.eml/)).toBeVisible();
  await expectNoAxeViolations(admin);
});

test('the notification and restock API doors check the session and refuse bad input', async ({
  page,
  playwright,
  signIn,
  newShopper,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const variant = await variantBySku('BAN-AVE-UN');
    expect((await anonymous.get('/api/v1/notifications')).status()).toBe(401);
    expect((await anonymous.post('/api/v1/notifications/read', { data: {} })).status()).toBe(401);
    expect((await anonymous.put(`/api/v1/variants/${variant.id}/restock-subscription`)).status()).toBe(401);
  } finally {
    await anonymous.dispose();
  }

  await signIn(await newShopper('jobs-api'));
  const list = await page.request.get('/api/v1/notifications');
  expect(list.status()).toBe(200);
  expect(await list.json()).toMatchObject({ items: [], page: 1, pageSize: 20, total: 0, unreadCount: 0 });
  const tooBig = await page.request.get('/api/v1/notifications?pageSize=500');
  expect(tooBig.status()).toBe(400);
  expect((await tooBig.json()).error.code).toBe('VALIDATION');
  const badIds = await page.request.post('/api/v1/notifications/read', { data: { ids: ['no-es-un-id'] } });
  expect(badIds.status()).toBe(400);
  // Someone else's (or a made-up) id changes nothing and reveals nothing.
  const notMine = await page.request.post('/api/v1/notifications/read', { data: { ids: [randomUUID()] } });
  expect(await notMine.json()).toEqual({ updated: 0, unreadCount: 0 });

  const inStock = await variantBySku('BAN-AVE-UN');
  const refused = await page.request.put(`/api/v1/variants/${inStock.id}/restock-subscription`);
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatchObject({
    code: 'MKT-STATE',
    message: 'Este producto ya está disponible: puedes agregarlo al carrito.',
  });
  expect((await page.request.put('/api/v1/variants/no-existe/restock-subscription')).status()).toBe(404);
  const removed = await page.request.delete(`/api/v1/variants/${inStock.id}/restock-subscription`);
  expect(await removed.json()).toEqual({ variantId: inStock.id, subscribed: false, subscribedAt: null });
});
