import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type postgres from 'postgres';
import { expect, signInWithForm, test } from './fixtures';

/*
 * Reviews and the wishlist through the real pages. Orders are delivered and prices lowered straight
 * in the runner's database (E2E_DATABASE_URL) or through the admin API when it exists: those are the
 * preconditions, not the flows under test. Each test signs up its own shopper.
 */

type SeedProduct = {
  id: string;
  slug: string;
  name: string;
  variantId: string;
  sku: string;
  variantName: string;
  priceCents: number;
  vipPriceCents: number | null;
};

/**
 * A listed, in-stock, single-presentation product that is not featured (the catalogue specs use the
 * featured and hand-picked ones), the n-th by name from the end so the two tests never share one.
 */
async function pickProduct(sql: postgres.Sql, offset: number): Promise<SeedProduct> {
  const rows = await sql<SeedProduct[]>`
    SELECT p.id, p.slug, p.name, v.id AS "variantId", v.sku, v.name AS "variantName", v.price_cents AS "priceCents", v.vip_price_cents AS "vipPriceCents"
      FROM products p JOIN product_variants v ON v.product_id = p.id
     WHERE p.is_active AND p.deleted_at IS NULL AND NOT p.is_featured AND v.stock - v.reserved_stock > 5
       AND (SELECT count(*) FROM product_variants v2 WHERE v2.product_id = p.id) = 1
       AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id)
       AND v.price_cents - COALESCE(v.vip_price_cents, 0) >= 1000000
     ORDER BY p.name DESC OFFSET ${offset} LIMIT 1`;
  const product = rows[0];
  if (!product) throw new Error('no suitable seeded product');
  return {
    ...product,
    priceCents: Number(product.priceCents),
    vipPriceCents: product.vipPriceCents === null ? null : Number(product.vipPriceCents),
  };
}

/** A delivered order of the product for the user, as staff would leave it after handing it over. */
async function deliverOrder(sql: postgres.Sql, email: string, product: SeedProduct) {
  const [user] = await sql<{ id: string }[]>`SELECT id FROM users WHERE email = ${email}`;
  const [order] = await sql<{ id: string }[]>`
    INSERT INTO orders (user_id, status, delivery_option, subtotal_cents, total_cents, estimated_delivery_date, paid_at, delivered_at)
    VALUES (${user!.id}, 'DELIVERED', 'PICKUP', ${product.priceCents}, ${product.priceCents}, current_date, now(), now()) RETURNING id`;
  await sql`
    INSERT INTO order_items (order_id, variant_id, product_id, product_name, product_slug, variant_name, sku, quantity, regular_unit_price_cents, unit_price_cents, line_total_cents)
    VALUES (${order!.id}, ${product.variantId}, ${product.id}, ${product.name}, ${product.slug}, ${product.variantName}, ${product.sku}, 1, ${product.priceCents}, ${product.priceCents}, ${product.priceCents})`;
  await sql`INSERT INTO order_status_history (order_id, from_status, to_status, actor_type) VALUES (${order!.id}, 'SHIPPED', 'DELIVERED', 'STAFF')`;
}

async function expectNoSeriousA11yViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const reviewsSection = (page: Page) => page.getByRole('region', { name: 'Reseñas' });

test('a buyer reviews with the verified badge; the admin hides it and the average changes', async ({
  page,
  browser,
  adminPage: admin,
  sql,
  signIn,
  newShopper,
}) => {
  const product = await pickProduct(sql, 0);
  const buyer = await newShopper('resenas', 'Mariana Ospina');
  await deliverOrder(sql, buyer.email, product);

  // Another shopper (no purchase) already gave it 2 stars through the API.
  const other = await (await browser.newContext()).newPage();
  await signIn(await newShopper('resenas', 'Jorge Ruiz'), other);
  const posted = await other.request.post(`/api/v1/products/${product.slug}/reviews`, {
    data: { rating: 2, comment: 'Me pareció normal.' },
  });
  expect(posted.status()).toBe(201);
  expect((await posted.json()).isVerifiedPurchase).toBe(false);
  const again = await other.request.post(`/api/v1/products/${product.slug}/reviews`, { data: { rating: 6 } });
  expect(again.status()).toBe(400);
  expect((await again.json()).error).toMatchObject({
    code: 'VALIDATION',
    details: { fields: { rating: expect.any(String), title: expect.any(String) } },
  });

  // A guest is invited to sign in.
  await page.goto(`/productos/${product.slug}`);
  await expect(reviewsSection(page).getByRole('link', { name: 'Inicia sesión para opinar' })).toBeVisible();

  // A plain navigation: the same URL with only a new #hash would not reload the page with the session.
  await signIn(buyer);
  await page.goto(`/productos/${product.slug}`);
  const section = reviewsSection(page);
  await expect(section.getByTestId('rating-average')).toHaveText('2,0 de 5 estrellas de promedio');
  await section.getByRole('button', { name: 'Escribir una reseña' }).click();

  // Missing text is refused with a message next to the field; the stars are a labelled radio group.
  await section.getByRole('radio', { name: '5 estrellas: Excelente' }).check();
  await section.getByRole('button', { name: 'Publicar reseña' }).click();
  await expect(section.getByText('Escribe un título o un comentario.').first()).toBeVisible();

  await section.getByLabel('Título').fill('Huele delicioso');
  await section.getByLabel('Comentario').fill('Lo uso cada noche. <script>alert("hola")</script>');
  await section.getByRole('button', { name: 'Publicar reseña' }).click();
  await expect(page.getByText('¡Gracias! Tu reseña ya está publicada.')).toBeVisible();

  const mine = section.getByRole('region', { name: 'Tu reseña' });
  await expect(mine.getByText('Compra verificada')).toBeVisible();
  await expect(mine.getByText('Lo uso cada noche. <script>alert("hola")</script>')).toBeVisible();
  // The average is part of the cached product page: the action re-renders it for the author at once.
  await expect(section.getByTestId('rating-average')).toHaveText('3,5 de 5 estrellas de promedio');
  const list = section.getByRole('list').filter({ hasText: 'Huele delicioso' });
  await expect(list.getByText('Mariana O.')).toBeVisible();
  await expect(list.getByText('Compra verificada')).toBeVisible();

  // Axe on the reviews section, with the signed-in author's form open.
  await mine.getByRole('button', { name: 'Editar' }).click();
  await expect(section.getByRole('button', { name: 'Guardar cambios' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '#resenas');
  await section.getByRole('button', { name: 'Cancelar' }).click();

  // The admin hides it from /admin/resenas, after confirming.
  await admin.goto(`/admin/resenas?producto=${product.slug}`);
  const row = admin.getByRole('row').filter({ hasText: 'Huele delicioso' });
  await expect(row.getByText('Compra verificada')).toBeVisible();
  admin.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Ocultar' }).click();
  await expect(row.getByText('Oculta', { exact: true })).toBeVisible();

  await page.reload();
  await expect(section.getByTestId('rating-average')).toHaveText('2,0 de 5 estrellas de promedio');
  await expect(section.getByRole('list').getByText('Huele delicioso')).toHaveCount(0);
  await expect(section.getByText('Nuestro equipo ocultó esta reseña; solo tú la ves.', { exact: false })).toBeVisible();
  // The catalogue's rating (cards, the "rating" sort) follows.
  const api = await page.request.get(`/api/v1/products/${product.slug}`);
  expect((await api.json()).rating).toEqual({ average: 2, count: 1 });

  // Another user's review cannot be edited: 404.
  const reviewId = (
    await sql<
      { id: string }[]
    >`SELECT r.id FROM reviews r JOIN users u ON u.id = r.user_id WHERE u.email = ${buyer.email}`
  )[0]!.id;
  const stolen = await other.request.patch(`/api/v1/reviews/${reviewId}`, { data: { rating: 1 } });
  expect(stolen.status()).toBe(404);
});

test('a guest saves a product, signs in, and sees "Bajó de precio" after the admin lowers it', async ({
  page,
  adminPage: admin,
  sql,
  newShopper,
}) => {
  const product = await pickProduct(sql, 1);
  const shopper = await newShopper('resenas', 'Lucía Herrera');
  await page.context().clearCookies();

  // The guest's heart leads to sign-in and back to the product, which is then saved.
  await page.goto(`/productos/${product.slug}`);
  const heart = page.getByRole('link', { name: 'Guardar en mi lista' });
  // Clicked once the island has settled: while the shopper summary loads, the cached HTML holds both the
  // guest and the shopper form of the heart (components/wishlist/wishlist-heart.tsx), and React swaps
  // them when it arrives; a click in that instant was lost once under load.
  await expect(page.locator('.guest-only', { has: heart })).toHaveCount(0);
  await heart.click();
  await expect(page).toHaveURL(/\/ingresar\?next=/);
  await signInWithForm(page, shopper);
  await expect(page).toHaveURL(new RegExp(`/productos/${product.slug}$`));
  await expect(page.getByText('Guardado en tu lista de deseos.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quitar de mi lista' })).toBeVisible();

  // Right on first render after a reload: no flicker from "Guardar" to "Quitar".
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quitar de mi lista' })).toBeVisible();
  // Cards too: the heart of a saved product is pressed in the server's HTML.
  await page.goto(`/productos?q=${encodeURIComponent(product.name)}`);
  await expect(page.getByRole('button', { name: `Guardar ${product.name} en mi lista de deseos` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/cuenta/lista-de-deseos');
  const item = page.getByRole('listitem').filter({ hasText: product.name });
  await expect(item).toBeVisible();
  await expect(item.getByText('Bajó de precio')).toHaveCount(0);

  // The admin lowers the price (admin API when present, else the same change by SQL).
  const newPrice = Math.max((product.vipPriceCents ?? 0) + 100, product.priceCents - 500_000);
  const patched = await admin.request.patch(`/api/v1/admin/variants/${product.variantId}`, {
    data: { priceCents: newPrice },
  });
  if (patched.status() === 404 || patched.status() === 405) {
    await sql`UPDATE product_variants SET price_cents = ${newPrice}, updated_at = now() WHERE id = ${product.variantId}`;
    await sql`INSERT INTO variant_price_history (variant_id, old_price_cents, new_price_cents, old_vip_price_cents, new_vip_price_cents) VALUES (${product.variantId}, ${product.priceCents}, ${newPrice}, ${product.vipPriceCents}, ${product.vipPriceCents})`;
  } else {
    expect(patched.ok()).toBeTruthy();
  }

  await page.reload();
  await expect(item.getByText('Bajó de precio')).toBeVisible();
  const cop = new Intl.NumberFormat('es-CO', {
    style: 'currency',
    currency: 'COP',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  await expect(item.getByText(cop.format(newPrice / 100)).first()).toBeVisible();
  await expect(item.getByText(cop.format(product.priceCents / 100))).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Move to cart: it leaves the list and the page shows the empty state.
  await item.getByRole('button', { name: 'Mover al carrito' }).click();
  await expect(page.getByText('Lo pasamos a tu carrito.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aún no has guardado nada' })).toBeVisible();
  const cart = await (await page.request.get('/api/v1/cart')).json();
  expect(cart.items.map((i: { sku: string }) => i.sku)).toContain(product.sku);
});
