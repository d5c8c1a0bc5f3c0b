import { expect, test } from './fixtures';

/*
 * A delivered order → the customer asks to return part of it → the admin approves with restock and
 * store credit → the customer sees REFUNDED and the balance → spends it on a new order that needs no
 * Wompi payment. The delivered order is the precondition and is written straight to the runner's
 * database (E2E_DATABASE_URL); everything after it goes through the real pages.
 */

test('partial return approved as store credit, then spent on an order paid without Wompi', async ({
  page,
  adminPage: admin,
  sql,
  signIn,
  newShopper,
}) => {
  const [product] = await sql<
    {
      productId: string;
      slug: string;
      name: string;
      variantId: string;
      variantName: string;
      sku: string;
      price: string;
    }[]
  >`
    SELECT p.id AS "productId", p.slug, p.name, v.id AS "variantId", v.name AS "variantName", v.sku, v.price_cents AS price
      FROM products p JOIN product_variants v ON v.product_id = p.id
     WHERE p.is_active AND p.deleted_at IS NULL AND v.stock - v.reserved_stock > 5 AND v.min_order_quantity = 1 AND v.vip_price_cents IS NOT NULL
     ORDER BY v.price_cents ASC LIMIT 1`;
  const price = Number(product!.price);

  const shopper = await newShopper('devolucion', 'Marta Devuelve');
  const [user] = await sql<{ id: string }[]>`SELECT id FROM users WHERE email = ${shopper.email}`;
  const [order] = await sql<{ id: string; number: string }[]>`
    INSERT INTO orders (user_id, status, delivery_option, subtotal_cents, total_cents, estimated_delivery_date, paid_at, delivered_at)
    VALUES (${user!.id}, 'DELIVERED', 'PICKUP', ${price * 3}, ${price * 3}, current_date, now(), now()) RETURNING id, number`;
  await sql`
    INSERT INTO order_items (order_id, variant_id, product_id, product_name, product_slug, variant_name, sku, quantity, regular_unit_price_cents, unit_price_cents, line_total_cents)
    VALUES (${order!.id}, ${product!.variantId}, ${product!.productId}, ${product!.name}, ${product!.slug}, ${product!.variantName}, ${product!.sku}, 3, ${price}, ${price}, ${price * 3})`;
  const [before] = await sql<{ stock: number }[]>`SELECT stock FROM product_variants WHERE id = ${product!.variantId}`;

  // The customer asks to return 2 of the 3 units.
  await signIn(shopper);
  await page.goto(`/cuenta/devoluciones/${order!.id}`);
  await page.getByLabel(`Unidades a devolver de ${product!.name}`).fill('2');
  await page.getByLabel('Motivo').fill('Me llegaron dos de más por error');
  await page.getByRole('button', { name: 'Solicitar devolución' }).click();
  await expect(page).toHaveURL(new RegExp(`/cuenta/pedidos/${order!.id}`));
  await expect(page.getByText('Devolución solicitada').first()).toBeVisible();

  // The admin approves both units back into stock, refunded as store credit.
  await admin.goto('/admin/devoluciones');
  const request = admin.getByRole('listitem').filter({ hasText: `Pedido #${order!.number}` });
  await expect(request).toBeVisible();
  await request.getByRole('button', { name: 'Aprobar y reembolsar' }).click();
  await expect(admin).toHaveURL(/estado=APPROVED/);
  await expect(
    admin
      .getByRole('listitem')
      .filter({ hasText: `Pedido #${order!.number}` })
      .getByText(/Aprobada: .* en saldo a favor/),
  ).toBeVisible();
  const [after] = await sql<{ stock: number }[]>`SELECT stock FROM product_variants WHERE id = ${product!.variantId}`;
  expect(after!.stock).toBe(before!.stock + 2);

  // The customer sees REFUNDED and the credit.
  await page.goto(`/cuenta/pedidos/${order!.id}`);
  await expect(page.getByText('Reembolsado').first()).toBeVisible();
  await page.goto('/cuenta/saldo');
  const balance = new Intl.NumberFormat('es-CO', {
    style: 'currency',
    currency: 'COP',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format((price * 2) / 100);
  await expect(page.getByTestId('credit-balance')).toHaveText(balance);

  // One unit costs less than the credit: the new order is paid with it, no Wompi step.
  expect(
    (await page.request.post('/api/v1/cart/items', { data: { variantId: product!.variantId, quantity: 1 } })).status(),
  ).toBe(201);
  await page.goto('/checkout');
  await page.getByText('Recoger en el spa').first().click();
  await page.getByRole('checkbox', { name: /Usar mi saldo a favor/ }).check();
  await page.getByRole('checkbox', { name: /Acepto los términos de compra/ }).check();
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();
  await expect(page).toHaveURL(/\/cuenta\/pedidos\/[0-9a-f-]+/);
  await expect(page.getByText('Pagado').first()).toBeVisible();
  await page.goto('/cuenta/saldo');
  await expect(page.getByTestId('credit-balance')).not.toHaveText(balance);
});
