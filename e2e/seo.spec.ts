import { expect, test, type APIRequestContext } from '@playwright/test';
import postgres from 'postgres';

/*
 * What search engines, chat apps and shopping platforms read, against the seeded production build:
 * sitemap, robots, JSON-LD that matches the page, link-preview tags and images, slug history, feeds.
 */

const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
// Chat apps and crawlers get the metadata in <head> before the body (Next's bot handling).
const WHATSAPP = { 'user-agent': 'WhatsApp/2.23.20.0 A' };
// Googlebot runs JavaScript, so Next.js serves it what it serves a browser (the cached, streamed page),
// not the blocking render chat apps get: the JSON-LD and the <h1> must be in that HTML as sent.
const GOOGLEBOT = {
  'user-agent':
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/131.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

type Offer = { sku: string; price: string; priceCurrency: string; availability: string };
type ProductLd = { '@type': 'Product'; name: string; image: string[]; offers: Offer[] };

function jsonLd(html: string): Array<Record<string, unknown>> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.flatMap((m) => {
    const data = JSON.parse(m[1]!) as Record<string, unknown> | Array<Record<string, unknown>>;
    return Array.isArray(data) ? data : [data];
  });
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;

async function sitemapProductUrls(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+\/productos\/[^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test.afterAll(async () => {
  await sql`UPDATE products SET slug = 'aceite-de-coco-virgen-organico' WHERE slug = 'aceite-de-coco-virgen'`;
  await sql`SELECT pg_notify('botica_catalog', '{"tags":["catalog"]}')`;
  await sql.end();
});

test('sitemap and robots', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toContain('xml');
  const body = await sitemap.text();
  expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const [{ active }] = await sql<[{ active: number }]>`
    SELECT count(*)::int AS active FROM products p JOIN categories c ON c.id = p.category_id
    WHERE p.is_active AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.min_price_cents IS NOT NULL`;
  expect(await sitemapProductUrls(request)).toHaveLength(active);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toContain('Disallow: /checkout');
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
});

test('every product page carries JSON-LD with name, image, offers in COP and availability', async ({ request }) => {
  const paths = await sitemapProductUrls(request);
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const html = await (await request.get(path, { headers: GOOGLEBOT })).text();
    const product = jsonLd(html).find((d) => d['@type'] === 'Product') as ProductLd | undefined;
    expect(product, path).toBeDefined();
    expect(html, path).toContain(`>${product!.name.replace(/&/g, '&amp;')}</h1>`);
    expect(product!.image.length, path).toBeGreaterThan(0);
    for (const offer of product!.offers) {
      expect(offer.priceCurrency).toBe('COP');
      expect(Number(offer.price)).toBeGreaterThan(0);
      expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
    }
    expect(
      jsonLd(html).some((d) => d['@type'] === 'BreadcrumbList'),
      path,
    ).toBe(true);
    const preview = await (await request.get(path, { headers: WHATSAPP })).text();
    expect(meta(preview, 'og:image'), path).toContain('/og/productos/');
    expect(preview, path).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/productos\/[a-z0-9-]+"/);
  }
});

// The page as a browser gets it (no bot user agent): the prerendered HTML itself must carry the JSON-LD.
test('the JSON-LD offer of the variant on screen is the price and availability the shopper sees', async ({ page }) => {
  await page.goto('/productos/aceite-de-almendras-dulces');
  // The JSON-LD as the server sent it (the cached HTML), not the hydrated DOM.
  const html = await (await page.request.get('/productos/aceite-de-almendras-dulces')).text();
  const ld = jsonLd(html).find((d) => d['@type'] === 'Product') as ProductLd;
  const info = page.getByTestId('variant-purchase-info');
  for (const size of ['100 ml', '500 ml']) {
    await page.getByRole('radio', { name: new RegExp(size) }).check();
    const sku = (await info.getByText(/^Referencia /).textContent())!.replace('Referencia ', '');
    const offer = ld.offers.find((o) => o.sku === sku)!;
    await expect(info).toContainText(Number(offer.price).toLocaleString('es-CO'));
    if (offer.availability.endsWith('OutOfStock')) await expect(info).toContainText('Agotado');
    else await expect(info).not.toContainText('Agotado');
  }
  expect(ld.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  // The VIP price ($ 28.000) is a member benefit, never an offer.
  expect(ld.offers.map((o) => o.price)).not.toContain('28000.00');
});

test('link previews: Open Graph and Twitter tags, and the preview image is a PNG', async ({ request }) => {
  for (const path of ['/', '/categorias/aceites-esenciales-y-de-masaje', '/productos/aceite-de-almendras-dulces']) {
    const html = await (await request.get(path, { headers: WHATSAPP })).text();
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image'])
      expect(meta(html, key), `${path} ${key}`).toBeTruthy();
    const image = await request.get(new URL(meta(html, 'og:image')!).pathname);
    expect(image.status(), path).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  }
  const home = await (await request.get('/', { headers: WHATSAPP })).text();
  expect(jsonLd(home).some((d) => JSON.stringify(d).includes('"DaySpa"'))).toBe(true);
});

test('a renamed product answers a permanent redirect (308) from its old URL to the new one', async ({ request }) => {
  await sql`UPDATE products SET slug = 'aceite-de-coco-virgen' WHERE slug = 'aceite-de-coco-virgen-organico'`;
  await sql`SELECT pg_notify('botica_catalog', '{"tags":["catalog"]}')`;
  // Decided by the product's layout on its 404 path (lib/seo/slug-redirects.ts), above any boundary.
  await expect
    .poll(async () => (await request.get('/productos/aceite-de-coco-virgen-organico', { maxRedirects: 0 })).status())
    .toBe(308);
  const res = await request.get('/productos/aceite-de-coco-virgen-organico', { maxRedirects: 0 });
  // Next.js may repeat the header on a freshly rendered redirect (lib/seo/slug-redirects.ts): every copy
  // names the new URL.
  const locations = res.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.length).toBeGreaterThan(0);
  for (const { value } of locations)
    expect(new URL(value, 'http://x').pathname).toBe('/productos/aceite-de-coco-virgen');
  expect((await request.get('/productos/aceite-de-coco-virgen')).status()).toBe(200);
});

test('shopping feeds and icons', async ({ request }) => {
  const rss = await request.get('/feeds/google-merchant.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const xml = await rss.text();
  expect(xml).toContain('xmlns:g="http://base.google.com/ns/1.0"');
  expect(xml).toMatch(/<g:price>\d+\.00 COP<\/g:price>/);
  const csv = await (await request.get('/feeds/meta-catalog.csv')).text();
  expect(csv.split('\r\n')[0]).toBe(
    'id,title,description,availability,condition,price,link,image_link,brand,item_group_id,product_type',
  );
  const picture = new URL(/<g:image_link>([^<]+)<\/g:image_link>/.exec(xml)![1]!).pathname;
  expect((await request.get(picture)).headers()['content-type']).toBe('image/png');

  for (const path of ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/manifest.webmanifest', '/icons/icon-192.png'])
    expect((await request.get(path)).status(), path).toBe(200);
});

test('the admin finds the feed URLs under Catálogos and copies one', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/ingresar');
  await page.getByLabel('Correo').fill('admin@botica.test');
  await page.getByLabel('Contraseña').fill('Botica-Admin-2026');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('navigation', { name: 'Cuenta y carrito' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/ingresar/);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Administración' }).getByRole('link', { name: 'Catálogos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catálogos para Google y Meta' })).toBeVisible();
  const google = page.getByLabel('Google Merchant Center (RSS 2.0)');
  await expect(google).toHaveValue(`${baseURL}/feeds/google-merchant.xml`);
  await page.getByRole('button', { name: 'Copiar' }).first().click();
  await expect(page.getByRole('button', { name: 'Copiada' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/feeds/google-merchant.xml`);
});
