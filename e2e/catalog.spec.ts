import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, VIP } from './fixtures';

/*
 * The catalogue against the seeded store (db/seed): 44 hand-written products in 6 categories.
 * "Aceite de Almendras Dulces" has 100 ml ($ 32.900, VIP $ 28.000, in stock), 250 ml ($ 59.900) and
 * 500 ml ($ 98.900, sold out); the seeded VIP is vip@botica.test.
 */

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const results = (page: Page) => page.getByRole('list', { name: 'Resultados' });

test('search → filter → paginate → open a product → switch variant', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Destacados' })).toBeVisible();

  // Search from the header, without accents: "jabon" finds "Jabón de Avena y Miel".
  await page.getByRole('search').getByLabel('Buscar productos').fill('jabon');
  await page.getByRole('search').getByRole('button', { name: 'Buscar' }).click();
  await expect(page).toHaveURL(/\/productos\?q=jabon$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados para “jabon”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jabón de Avena y Miel', exact: true })).toBeVisible();

  // Filter by category and availability: every choice lands in the URL.
  const filters = page.getByRole('form', { name: 'Buscar y filtrar productos' });
  await filters.getByLabel('Categoría').selectOption({ label: 'Baño y exfoliación' });
  await filters.getByLabel('Solo productos disponibles').check();
  await filters.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/q=jabon&categoria=bano-y-exfoliacion&disponible=1/);
  await expect(page.getByRole('link', { name: 'Jabón de Avena y Miel', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Filtros activos' })).toContainText('Solo disponibles');

  // Drop the search and the category (chips), keep "disponibles": more than one page of results.
  await page.getByRole('link', { name: /“jabon”/ }).click();
  await expect(page).toHaveURL(/\/productos\?categoria=bano-y-exfoliacion&disponible=1$/);
  await page.getByRole('link', { name: /Categoría: Baño y exfoliación/ }).click();
  await expect(page).toHaveURL(/\/productos\?disponible=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'productos' })).toContainText(/página 1 de [2-9]/); // other specs may add products
  const firstPageNames = await results(page).locator('h3').allTextContents();

  await page.getByRole('navigation', { name: 'Paginación' }).getByRole('link', { name: 'Siguiente' }).click();
  await expect(page).toHaveURL(/disponible=1&pagina=2/);
  await expect(page.getByRole('status').filter({ hasText: 'productos' })).toContainText(/página 2 de [2-9]/);
  await expect(page.getByRole('link', { name: 'Página 2' })).toHaveAttribute('aria-current', 'page');
  const secondPageNames = await results(page).locator('h3').allTextContents();
  expect(secondPageNames.length).toBeGreaterThan(0);
  expect(secondPageNames.filter((name) => firstPageNames.includes(name))).toEqual([]);

  // The back button returns to page 1.
  await page.goBack();
  await expect(page).toHaveURL(/\/productos\?disponible=1$/);

  // Open a product and switch variants: price and availability follow the choice.
  await page.goto('/productos?q=almendras%20dulces');
  await page.getByRole('link', { name: 'Aceite de Almendras Dulces', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aceite de Almendras Dulces' })).toBeVisible();
  const info = page.getByTestId('variant-purchase-info');
  await expect(info).toContainText(/32\.900/);
  await expect(info).toContainText('Disponible');
  await expect(info).toContainText(/Miembros VIP:\s*\$\s*28\.000/);

  await page.getByRole('radio', { name: /500 ml/ }).check();
  await expect(info).toContainText(/98\.900/);
  await expect(info).toContainText('Agotado');
  await expect(page).toHaveURL(/variante=ACE-ALM-500/);

  await page.getByRole('radio', { name: /250 ml/ }).check();
  await expect(info).toContainText(/59\.900/);
  await expect(info).not.toContainText('Agotado');
});

test('a VIP shopper sees the VIP price as the price, the regular one struck through', async ({ page, signIn }) => {
  await signIn(VIP);
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Cuenta y carrito' }).getByText('VIP', { exact: true }),
  ).toBeVisible();

  await page.goto('/productos/aceite-de-almendras-dulces');
  const info = page.getByTestId('variant-purchase-info');
  await expect(info).toContainText(/Precio VIP:\s*\$\s*28\.000/);
  await expect(info.locator('s')).toHaveText(/32\.900/);
  await expect(info).not.toContainText('Miembros VIP');
});

test('bad parameters fall back to defaults; unknown pages are 404', async ({ page }) => {
  const list = await page.goto('/productos?pagina=-3&orden=barato&min=mil&categoria=%27;DROP');
  expect(list?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Todos los productos' })).toBeVisible();

  const empty = await page.goto('/productos?q=zzxxqqww');
  expect(empty?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'No encontramos productos para “zzxxqqww”' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quizás te guste' })).toBeVisible();

  const category = await page.goto('/categorias/no-existe');
  expect(category?.status()).toBe(404);
  const product = await page.goto('/productos/no-existe');
  expect(product?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
});

test('the public API answers per docs/api.md', async ({ request }) => {
  const list = await request.get('/api/v1/products?q=exfoliante%20cafe&inStock=true');
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body).toMatchObject({ page: 1, pageSize: 20 });
  expect(body.items.map((p: { name: string }) => p.name)).toContain('Exfoliante de Café y Coco');

  const bad = await request.get('/api/v1/products?pageSize=0');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({
    code: 'VALIDATION',
    details: { fields: { pageSize: expect.any(String) } },
  });

  const detail = await request.get('/api/v1/products/aceite-de-almendras-dulces');
  expect(
    (await detail.json()).variants.map((v: { sku: string; available: number }) => [v.sku, v.available > 0]),
  ).toEqual([
    ['ACE-ALM-100', true],
    ['ACE-ALM-250', true],
    ['ACE-ALM-500', false],
  ]);
  expect((await request.get('/api/v1/products/no-existe')).status()).toBe(404);

  const doc = await request.get('/api/v1/openapi.json');
  expect((await doc.json()).paths).toHaveProperty('/api/v1/products/{slug}');
});

test('home, list, detail and API reference have no serious accessibility violations', async ({ page }) => {
  for (const path of [
    '/',
    '/productos?q=crema&disponible=1',
    '/productos/aceite-de-almendras-dulces',
    '/categorias/cuidado-facial',
    '/desarrolladores',
  ]) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // For eyeballing the layout during development: CATALOG_SCREENSHOTS=1 npm run test:e2e -- e2e/catalog.spec.ts
    if (process.env.CATALOG_SCREENSHOTS)
      await page.screenshot({
        path: `test-results/catalog-shots${path.replace(/[^a-z0-9]+/gi, '-')}.png`,
        fullPage: true,
      });
  }
});

test('the list page works on a phone: filters collapse behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/productos');
  const toggle = page.getByRole('button', { name: 'Filtros' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('form', { name: 'Buscar y filtrar productos' })).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('form', { name: 'Buscar y filtrar productos' })).toBeVisible();
  await page.getByRole('form', { name: 'Buscar y filtrar productos' }).getByLabel('Buscar').fill('vela');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/\/productos\?q=vela$/);
  await expect(page.getByRole('list', { name: 'Resultados' }).locator('article').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (process.env.CATALOG_SCREENSHOTS)
    await page.screenshot({ path: 'test-results/catalog-shots-phone-list.png', fullPage: true });
});
