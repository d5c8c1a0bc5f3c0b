import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The anonymous page cache of scripts/serve.ts (lib/http/page-cache.ts) against the real production
 * server with its two workers: anonymous HTML is replayed, personal requests never are, and a
 * catalogue invalidation (NOTIFY botica_catalog, what every catalogue write sends) empties every
 * worker's cache at once.
 */

const PAGE = '/productos/vela-de-cafe-tostado';
const MARKER = 'Edición de prueba de la caché de páginas';

test.afterAll(async ({ sql }) => {
  await sql`UPDATE products SET description = replace(description, ${` ${MARKER}`}, '') WHERE slug = 'vela-de-cafe-tostado'`;
  await sql`SELECT pg_notify('botica_catalog', '{"tags":["catalog"]}')`;
});

async function load(request: APIRequestContext, headers: Record<string, string> = {}) {
  const res = await request.get(PAGE, { headers });
  expect(res.status()).toBe(200);
  return { cache: res.headers()['x-page-cache'], html: await res.text() };
}

test('anonymous catalogue pages are replayed until the catalogue changes; personal ones never are', async ({
  playwright,
  baseURL,
  sql,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  // Enough loads to reach every worker (round-robin) at least twice.
  const first = await Promise.all(Array.from({ length: 6 }, () => load(anonymous)));
  const again = await load(anonymous);
  expect(first.map((r) => r.cache)).toContain('MISS');
  expect(again.cache).toBe('HIT');
  expect(again.html).not.toContain(MARKER);

  // A session or a guest cart makes the page personal: rendered every time, never stored.
  expect((await load(anonymous, { cookie: 'authjs.session-token=cualquiera' })).cache).toBeUndefined();
  expect((await load(anonymous, { cookie: 'botica_cart=cualquiera' })).cache).toBeUndefined();

  await sql`UPDATE products SET description = description || ${` ${MARKER}`} WHERE slug = 'vela-de-cafe-tostado'`;
  await sql`SELECT pg_notify('botica_catalog', '{"tags":["catalog"]}')`;
  // Every worker drops its copy: several loads in a row all show the edit.
  await expect(async () => {
    const after = await Promise.all(Array.from({ length: 4 }, () => load(anonymous)));
    for (const r of after) expect(r.html).toContain(MARKER);
  }).toPass({ timeout: 2_000 }); // well inside the 5 s TTL: only the invalidation explains it
  await anonymous.dispose();
});
