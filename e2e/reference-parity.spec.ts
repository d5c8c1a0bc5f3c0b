import { readFile } from 'node:fs/promises';
import { hash } from '@node-rs/argon2';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import sharp from 'sharp';

/*
 * Issue 17 in a browser: a shopper cancels a paid order and spends the credit it became; an admin
 * creates a category and finds it in the store; an admin creates a product in a new category with two
 * variants, each with its own image, and choosing the second variant in the store shows its image first;
 * the sales report downloads as CSV.
 */

const PASSWORD = 'una-clave-segura-2026';
const ADMIN = {
  email: process.env.SEED_ADMIN_EMAIL?.toLowerCase() ?? 'admin@botica.test',
  password: process.env.SEED_ADMIN_PASSWORD ?? 'Botica-Admin-2026',
};
const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });

test.afterAll(async () => {
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

async function newShopper(page: Page) {
  const email = `e2e-parity-${Date.now()}-${Math.floor(Math.random() * 1e6)}@correo.com`;
  const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql`INSERT INTO users (email, name, password_hash) VALUES (${email}, 'Compradora Paridad', ${passwordHash})`;
  await signIn(page, email, PASSWORD);
}

async function addToCart(page: Page, slug: string, variant: string) {
  await page.goto(`/productos/${slug}`);
  await expect(page.getByRole('button', { name: 'Agregar al carrito' })).toBeEnabled();
  await page.getByRole('radio', { name: new RegExp(`^${variant}\\b`) }).check();
  await page.getByRole('button', { name: 'Agregar al carrito' }).click();
  await expect(page.getByText(/está en tu carrito\./).last()).toBeVisible();
}

async function confirmPickup(page: Page) {
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /Recoger en el spa/ }).check();
  await page.getByRole('checkbox', { name: /Acepto los términos de compra/ }).check();
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();
  await expect(page).toHaveURL(/\/cuenta\/pedidos\/[0-9a-f-]{36}\?nuevo=1$/);
}

test('a shopper cancels a paid order, gets store credit at once, and spends it', async ({ page }) => {
  await newShopper(page);
  await addToCart(page, 'aceite-esencial-de-naranja-dulce', '10 ml');
  await confirmPickup(page);
  const orderUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('button', { name: /Pagar/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Pago de prueba' })).toBeVisible();
  await page.getByLabel('Número de tarjeta').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: /^Pagar / }).click();
  await expect(page.getByRole('heading', { name: '¡Pago aprobado!' })).toBeVisible();
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-status')).toHaveText('Pagado');
  await expect(page.getByRole('region', { name: 'Pago', exact: true }).getByText('Pago aprobado')).toBeVisible();

  // Cancel from the order page: the dialog asks how the money comes back; store credit is the default.
  await page.getByRole('button', { name: 'Cancelar pedido' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: /Saldo a favor/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Sí, cancelar pedido' }).click();
  await expect(page.getByText('Lo que pagaste ya está en tu saldo a favor.')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelado');

  await page.goto('/cuenta/saldo');
  const balance = await page.getByTestId('credit-balance').textContent();
  expect(balance).toMatch(/\$\s?[1-9]/);

  // The same product again: the credit covers it, so the order is confirmed with nothing to pay.
  await addToCart(page, 'aceite-esencial-de-naranja-dulce', '10 ml');
  await page.goto('/checkout');
  await expect(page.getByRole('checkbox', { name: /Usar mi saldo a favor/ })).toBeChecked();
  await page.getByRole('radio', { name: /Recoger en el spa/ }).check();
  await page.getByRole('checkbox', { name: /Acepto los términos de compra/ }).check();
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();
  await expect(page).toHaveURL(/\/cuenta\/pedidos\/[0-9a-f-]{36}\?nuevo=1$/);
  await expect(page.getByText('¡Pedido confirmado!')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Pagado');
});

test('an admin creates a category and it appears in the store', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const name = `Rituales E2E ${Date.now()}`;
  await page.goto('/admin/categorias/nueva');
  await page.getByLabel('Nombre').fill(name);
  await page.getByLabel('Descripción').fill('Todo para un ritual de spa en casa.');
  await page.getByRole('button', { name: 'Crear categoría' }).click();
  await expect(page).toHaveURL(/\/admin\/categorias\?creada=1$/);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Visible');
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
  await page.goto(`/categorias/${slug}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // Hidden: its page is gone from the store.
  await page.goto('/admin/categorias');
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: 'Ocultar' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Oculta');
  const hidden = await page.goto(`/categorias/${slug}`);
  expect(hidden?.status()).toBe(404);
});

/** A real PNG of one colour (uploads are decoded and re-encoded, so a header alone is refused). */
async function png(background: string) {
  return sharp({ create: { width: 320, height: 320, channels: 3, background } })
    .png()
    .toBuffer();
}

test('an admin creates a category and a kit with two variants, each with its own image, and the store shows the chosen variant first', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36).toUpperCase();
  await signIn(page, ADMIN.email, ADMIN.password);

  // A new category, from the admin.
  const categoryName = `Kits E2E ${suffix}`;
  await page.goto('/admin/categorias/nueva');
  await page.getByLabel('Nombre').fill(categoryName);
  await page.getByRole('button', { name: 'Crear categoría' }).click();
  await expect(page).toHaveURL(/\/admin\/categorias\?creada=1$/);

  // A kit in it with two variants and what it includes.
  const name = `Kit de Lavanda ${suffix}`;
  await page.goto('/admin/productos/nuevo');
  const fields = page.getByRole('region', { name: 'Producto', exact: true });
  await fields.getByLabel('Nombre', { exact: true }).fill(name);
  await fields.getByLabel('Categoría').selectOption({ label: categoryName });
  await fields.getByLabel('Descripción').fill('Un ritual de relajación completo para regalar.');
  await fields.getByLabel('Qué incluye').fill('Aceite de lavanda\nVela de soya\nSales de baño');
  const first = page.getByRole('region', { name: 'Variante 1' });
  await first.getByLabel('SKU').fill(`KIT-${suffix}-S`);
  await first.getByLabel('Nombre de la variante').fill('Kit pequeño');
  await first.getByLabel('Precio (COP)').fill('89.900');
  await first.getByLabel('Stock inicial').fill('5');
  await page.getByRole('button', { name: 'Agregar otra variante' }).click();
  const second = page.getByRole('region', { name: 'Variante 2' });
  await second.getByLabel('SKU').fill(`KIT-${suffix}-L`);
  await second.getByLabel('Nombre de la variante').fill('Kit grande');
  await second.getByLabel('Precio (COP)').fill('149.900');
  await second.getByLabel('Stock inicial').fill('5');
  await page.getByRole('button', { name: 'Crear producto' }).click();
  await expect(page).toHaveURL(/\/admin\/productos\/[0-9a-f-]{36}\?creado=1$/);

  // One image per variant, uploaded from the product page; the first upload is the primary.
  const images = page.getByRole('region', { name: 'Imágenes' });
  const upload = images.getByRole('form', { name: 'Agregar a la galería' });
  const altSmall = `Kit pequeño de lavanda ${suffix}`;
  const altLarge = `Kit grande de lavanda ${suffix}`;
  for (const [variant, alt, color] of [
    [`Kit pequeño (KIT-${suffix}-S)`, altSmall, '#8a7bb8'],
    [`Kit grande (KIT-${suffix}-L)`, altLarge, '#4f7a5c'],
  ] as const) {
    await upload
      .getByLabel('Imagen', { exact: true })
      .setInputFiles({ name: 'kit.png', mimeType: 'image/png', buffer: await png(color) });
    await upload.getByLabel('Texto alternativo').fill(alt);
    await upload.getByLabel('Variante que muestra').selectOption({ label: variant });
    await upload.getByRole('button', { name: 'Subir imagen' }).click();
    await expect(images.getByRole('textbox', { name: /Texto alternativo de la imagen \d/ }).last()).toHaveValue(alt);
  }
  const rows = images.getByTestId('admin-image-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Principal');
  await expect(images.getByLabel('Variante de la imagen 2')).toHaveValue(/[0-9a-f-]{36}/);

  // The store: the product in its new category, "Qué incluye", and the chosen variant's image first.
  const slug = (await page.getByRole('link', { name: /Ver en la tienda/ }).getAttribute('href'))!.replace(
    '/productos/',
    '',
  );
  const shop = await browser.newPage();
  await shop.goto(`/categorias/${categoryName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  await expect(shop.getByText(name).first()).toBeVisible();
  await shop.goto(`/productos/${slug}`);
  await expect(shop.getByRole('heading', { level: 1, name })).toBeVisible();
  const included = shop.getByRole('region', { name: 'Qué incluye' });
  await expect(included.getByRole('listitem')).toHaveText(['Aceite de lavanda', 'Vela de soya', 'Sales de baño']);
  const main = shop.getByTestId('product-main-image');
  await expect(main).toHaveAttribute('alt', altSmall);
  await shop.getByRole('radio', { name: /Kit grande/ }).check();
  await expect(main).toHaveAttribute('alt', altLarge);
  await expect(shop.getByRole('button', { name: /Ver imagen 1 de 2/ })).toHaveAccessibleName(new RegExp(altLarge));
  await expect(shop).toHaveURL(new RegExp(`variante=KIT-${suffix}-L`));
  // A shared link to the second variant opens with its image first, from the same cached page.
  await shop.reload();
  await expect(main).toHaveAttribute('alt', altLarge);
  await shop.close();

  // Making the large kit's image primary moves the store's cover too.
  await rows
    .nth(1)
    .getByRole('button', { name: /Hacer principal/ })
    .click();
  await expect(rows.nth(1)).toContainText('Principal');
  await expect(rows.first()).not.toContainText('Principal');
});

test('an admin downloads the sales report as CSV', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/reportes');
  await expect(page.getByRole('heading', { name: 'Reporte de ventas' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Ventas por producto' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Descargar CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ventas-por-producto_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'producto_id,producto,unidades_vendidas,unidades_devueltas,ingresos_cop',
  );
});
