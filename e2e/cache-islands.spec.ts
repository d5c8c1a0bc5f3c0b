import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { currentTerms } from './support/terms';

/*
 * Cache Components (#13) through the production server, which runs two worker processes on one port
 * (scripts/serve.mjs; scripts/e2e.ts sets WEB_CONCURRENCY=2). The cluster hands out connections
 * round-robin, so requests sent with `Connection: close` alternate between the two processes.
 *
 * - The catalogue HTML is the same for everyone and holds no personal data; the islands show each
 *   shopper only their own name, cart count and price.
 * - An admin's price edit shows on the next load through both processes; a checkout's stock change
 *   within 5 s on both.
 * - A form (server action) rendered by one process posts to the other.
 * - Nothing shifts while the islands load.
 */

const PRODUCT = '/productos/aceite-de-almendras-dulces';
const PAGES = ['/', '/productos', PRODUCT, '/categorias/aceites-esenciales-y-de-masaje'];
const NAMES = ['Valentina', 'Camilo', 'Administración'];
const FRESH = { connection: 'close' } as const;

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/ingresar');
  await page.getByLabel('Correo').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('link', { name: 'Ingresar' })).toBeHidden();
  return page;
}

/** The HTML of `path` from several fresh connections, i.e. from both processes. */
async function htmlFromBoth(request: APIRequestContext, path: string, times = 4): Promise<string[]> {
  const pages: string[] = [];
  for (let i = 0; i < times; i++) {
    const res = await request.get(path, { headers: FRESH });
    expect(res.status()).toBe(200);
    pages.push(await res.text());
  }
  return pages;
}

async function variantOf(request: APIRequestContext, slug: string) {
  const detail = await (await request.get(`/api/v1/products/${slug}`)).json();
  return detail.variants[0] as { id: string; sku: string; priceCents: number; available: number };
}

test('the same cached HTML for everyone; each shopper sees only their own islands', async ({ browser, request }) => {
  const vip = await signedIn(browser, 'vip@botica.test', 'Botica-Vip-2026');
  const regular = await signedIn(browser, 'cliente@botica.test', 'Botica-Cliente-2026');
  const anonymous = await (await browser.newContext()).newPage();
  // The regular shopper has 2 units in the cart; the VIP none.
  const variant = await variantOf(request, 'aceite-de-almendras-dulces');
  const added = await regular.request.post('/api/v1/cart/items', {
    data: { variantId: variant.id, quantity: 2 },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(added.ok()).toBe(true);

  for (const path of PAGES) {
    for (const [page, who] of [
      [vip, 'vip'],
      [anonymous, 'anonymous'],
      [regular, 'regular'],
    ] as const) {
      const response = await page.goto(path);
      const html = await response!.text();
      for (const name of NAMES) expect(html, `${path} HTML for ${who}`).not.toContain(name);
      expect(response!.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
      const nav = page.getByRole('navigation', { name: 'Cuenta y carrito' });
      if (who === 'vip') {
        await expect(nav.getByText('Valentina')).toBeVisible();
        await expect(nav.getByText('VIP', { exact: true })).toBeVisible();
        await expect(page.getByTestId('cart-count')).toHaveCount(0);
      } else if (who === 'regular') {
        await expect(nav.getByText('Camilo')).toBeVisible();
        await expect(page.getByTestId('cart-count')).toHaveText('2');
      } else {
        await expect(nav.getByRole('link', { name: 'Ingresar' })).toBeVisible();
        await expect(page.getByTestId('cart-count')).toHaveCount(0);
      }
      // For eyeballing the islands: CATALOG_SCREENSHOTS=1 npm run test:e2e -- e2e/cache-islands.spec.ts
      if (process.env.CATALOG_SCREENSHOTS)
        await page.screenshot({ path: `test-results/islands-${who}${path.replace(/[^a-z0-9]+/gi, '-')}.png` });
      if (path === PRODUCT) {
        const info = page.getByTestId('variant-purchase-info');
        if (who === 'vip') {
          await expect(info.locator('s')).toBeVisible();
          await expect(info).not.toContainText('Miembros VIP', { useInnerText: true });
        } else {
          await expect(info.getByText('Miembros VIP')).toBeVisible();
          await expect(info.locator('s')).toBeHidden();
        }
      }
    }
  }
  for (const page of [vip, regular, anonymous]) await page.context().close();
});

test('an admin price edit shows on the next load through both processes', async ({ browser, request }) => {
  const admin = await signedIn(browser, 'admin@botica.test', 'Botica-Admin-2026');
  const variant = await variantOf(request, 'aceite-de-coco-virgen-organico');
  // Both processes have the page cached before the edit.
  await htmlFromBoth(request, '/productos/aceite-de-coco-virgen-organico');
  const newPrice = variant.priceCents + 100_00;
  const edited = await admin.request.patch(`/api/v1/admin/variants/${variant.id}`, { data: { priceCents: newPrice } });
  expect(edited.ok()).toBe(true);
  // The variants (with their prices) travel in the page's flight data, where quotes are escaped.
  const price = new RegExp(`\\\\?"priceCents\\\\?":${newPrice}[,}]`);
  for (const html of await htmlFromBoth(request, '/productos/aceite-de-coco-virgen-organico'))
    expect(html).toMatch(price);
  await admin.context().close();
});

test("a checkout's stock change shows on both processes within 5 s", async ({ browser, request }) => {
  const shopper = await signedIn(browser, 'cliente@botica.test', 'Botica-Cliente-2026');
  const slug = 'aceite-esencial-de-eucalipto';
  const before = await variantOf(request, slug);
  await htmlFromBoth(request, `/productos/${slug}`);
  const add = await shopper.request.post('/api/v1/cart/items', {
    data: { variantId: before.id, quantity: 1 },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(add.ok()).toBe(true);
  const checkout = await shopper.request.post('/api/v1/checkout', {
    data: { deliveryOption: 'PICKUP', ...(await currentTerms(shopper.request)) },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(checkout.status(), await checkout.text()).toBe(201);
  const started = Date.now();
  await expect
    .poll(
      async () =>
        (await htmlFromBoth(request, `/productos/${slug}`)).every((h) =>
          // The variants travel in the page's flight data, where quotes are escaped.
          new RegExp(`\\\\?"available\\\\?":${before.available - 1}[,}]`).test(h),
        ),
      { timeout: 5_000, intervals: [100] },
    )
    .toBe(true);
  expect(Date.now() - started).toBeLessThan(5_000);
  await shopper.context().close();
});

test('a form rendered by one process posts to the other', async ({ browser }) => {
  // Sign-in is a server action: render the form on fresh connections and post it on another one.
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ extraHTTPHeaders: FRESH });
    const page = await context.newPage();
    await page.goto('/ingresar');
    await page.getByLabel('Correo').fill('vip@botica.test');
    await page.getByLabel('Contraseña').fill('Botica-Vip-2026');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('navigation', { name: 'Cuenta y carrito' }).getByText('Valentina')).toBeVisible();
    await context.close();
  }
});

test('nothing shifts while the islands load (signed in and anonymous)', async ({ browser }) => {
  const vip = await signedIn(browser, 'vip@botica.test', 'Botica-Vip-2026');
  const anonymous = await (await browser.newContext()).newPage();
  for (const page of [vip, anonymous]) {
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
    }
  }
  await vip.context().close();
  await anonymous.context().close();
});
