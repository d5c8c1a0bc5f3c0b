import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { hash } from '@node-rs/argon2';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import postgres from 'postgres';
import { currentTerms } from './support/terms';

/*
 * Store settings (issue 20) through the real pages, on the production server with its two workers:
 * the admin changes the free-shipping threshold and the opening hours on /admin/ajustes; the next
 * cart shows the new "te faltan …", checkout and the footer show the new hours (cached anonymous
 * pages on every worker included), and the order page offers the WhatsApp contact. A form with a bad
 * field saves nothing.
 */

const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
const ADMIN = { email: 'admin@botica.test', password: 'Botica-Admin-2026' };
const PASSWORD = 'una-clave-segura-2026';
const HOURS = 'Martes a domingo, 10:00 a 18:00';
const cop = (cents: number) =>
  new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 }).format(cents / 100);

let saved: Array<{ key: string; value: unknown }> = [];

test.beforeAll(async () => {
  saved = await sql<{ key: string; value: unknown }[]>`SELECT key, value FROM settings`;
});

test.afterAll(async () => {
  // Later specs expect the seeded settings.
  await sql.begin(async (tx) => {
    await tx`DELETE FROM settings`;
    for (const row of saved)
      await tx`INSERT INTO settings (key, value) VALUES (${row.key}, ${tx.json(row.value as never)})`;
  });
  await sql`SELECT pg_notify('botica_catalog', '{"tags":["store-settings"]}')`;
  await sql.end();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/ingresar');
  await page.getByLabel('Correo').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('navigation', { name: 'Cuenta y carrito' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/ingresar/);
}

async function newShopper(page: Page): Promise<void> {
  const email = `e2e-ajustes-${Date.now()}-${Math.floor(Math.random() * 1e6)}@correo.com`;
  const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql`INSERT INTO users (email, name, password_hash) VALUES (${email}, 'Compradora Ajustes', ${passwordHash})`;
  await signIn(page, email, PASSWORD);
}

/** An anonymous catalogue page: what the cached anonymous pages of the production server replays. */
async function anonymousCatalogue(request: APIRequestContext) {
  const res = await request.get('/productos');
  expect(res.status()).toBe(200);
  return { html: await res.text() };
}

test('the admin changes the free-shipping threshold and the hours; cart, checkout, footer and order page follow', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto('/admin/ajustes');
  await expect(admin.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await expect(admin.getByRole('group', { name: 'Datos de la tienda' })).toBeVisible();
  const axe = await new AxeBuilder({ page: admin }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A bad field among good ones: per-field Spanish errors, and nothing saved.
  await admin.getByLabel('Envío gratis desde').fill('500.000');
  await admin.getByLabel('Tiempo de reserva').fill('0');
  await admin.getByLabel('Correo de contacto').fill('hola@');
  await admin.getByRole('button', { name: 'Guardar ajustes' }).click();
  await expect(admin.getByText('La reserva debe durar al menos 1 minuto.')).toBeVisible();
  await expect(admin.getByText('Escribe un correo válido (por ejemplo hola@tienda.co).')).toBeVisible();
  await expect(admin.getByLabel('Tiempo de reserva')).toHaveAttribute('aria-invalid', 'true');
  const [threshold] = await sql<
    { value: unknown }[]
  >`SELECT value FROM settings WHERE key = 'freeShippingThresholdCents'`;
  expect(threshold?.value).toBe(15_000_000);

  // The anonymous catalogue is warm in the cached pages of every worker, with the old hours.
  const anonymous = await playwright.request.newContext({ baseURL });
  const warm = await Promise.all(Array.from({ length: 6 }, () => anonymousCatalogue(anonymous)));
  expect(warm.every((r) => r.html.includes('Lunes a sábado, 9:00 a 19:00'))).toBe(true);

  await admin.reload();
  await admin.getByLabel('Envío gratis desde').fill('500.000');
  await admin.getByLabel('Horario').fill(HOURS);
  await admin.getByRole('button', { name: 'Guardar ajustes' }).click();
  await expect(admin.getByText('Ajustes guardados.')).toBeVisible();

  // Every worker drops its cached copy (the settings tag, cache-handlers/tag-state.mjs): several
  // anonymous loads in a row all show the new hours within moments.
  await expect(async () => {
    const after = await Promise.all(Array.from({ length: 4 }, () => anonymousCatalogue(anonymous)));
    for (const r of after) expect(r.html).toContain(HOURS);
  }).toPass({ timeout: 2_000 });
  await anonymous.dispose();

  // The audit trail names the change.
  await admin.goto('/admin/auditoria?entity=settings');
  await expect(admin.getByText('settings.updated').first()).toBeVisible();

  // A shopper's next cart shows the new threshold.
  const shopper = await (await browser.newContext()).newPage();
  await newShopper(shopper);
  const [variant] = await sql<{ id: string; price: number }[]>`
    SELECT id, price_cents AS price FROM product_variants WHERE sku = 'BAN-AVE-UN'`;
  const added = await shopper.request.post('/api/v1/cart/items', { data: { variantId: variant!.id, quantity: 1 } });
  expect(added.status(), await added.text()).toBe(201);
  await shopper.goto('/carrito');
  const hint = shopper.getByTestId('free-shipping-hint');
  await expect(hint).toContainText(`Te faltan ${cop(50_000_000 - Number(variant!.price))}`);
  await expect(hint).toContainText(`desde ${cop(50_000_000)}`);

  // Checkout shows the new hours for pickup, and so does the footer.
  await shopper.goto('/checkout');
  await expect(shopper.getByText(`Calle 93 #11-26, Bogotá. ${HOURS}.`)).toBeVisible();
  await expect(shopper.getByTestId('store-contact')).toContainText(HOURS);
  await expect(shopper.getByTestId('store-contact').getByRole('link', { name: /WhatsApp/ })).toHaveAttribute(
    'href',
    'https://wa.me/573001234567',
  );

  // The order page: "¿Dudas? Escríbenos" opens a WhatsApp chat that names the order.
  const placed = await shopper.request.post('/api/v1/checkout', {
    data: { deliveryOption: 'PICKUP', ...(await currentTerms(shopper.request)) },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  const { order } = (await placed.json()) as { order: { id: string; number: number } };
  await shopper.goto(`/cuenta/pedidos/${order.id}`);
  const help = shopper.getByTestId('order-help');
  await expect(help).toContainText('¿Dudas?');
  await expect(help.getByRole('link', { name: 'Escríbenos por WhatsApp' })).toHaveAttribute(
    'href',
    new RegExp(`^https://wa\\.me/573001234567\\?text=.*%23${order.number}`),
  );
  await expect(shopper.getByText(`Calle 93 #11-26, Bogotá. ${HOURS}.`)).toBeVisible();
});
