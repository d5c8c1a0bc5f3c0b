import type { Page } from '@playwright/test';
import type postgres from 'postgres';
import { expect, test } from './fixtures';

/*
 * Paying through the fake Wompi hosted checkout that the E2E runner starts: 4242… approves,
 * 4111… declines. The result page asks the server (which asks Wompi); stock is read from the database.
 */

const APPROVE = '4242 4242 4242 4242';
const DECLINE = '4111 1111 1111 1111';

async function stockOf(sql: postgres.Sql, sku: string): Promise<{ stock: number; reserved: number }> {
  const [row] = await sql<
    { stock: number; reserved: number }[]
  >`SELECT stock, reserved_stock AS reserved FROM product_variants WHERE sku = ${sku}`;
  if (!row) throw new Error(`no variant ${sku}`);
  return { stock: Number(row.stock), reserved: Number(row.reserved) };
}

/** Product page → cart → checkout with pickup → the new order's page. */
async function placePickupOrder(page: Page, args: { slug: string; variant: string; quantity: number }) {
  await page.goto(`/productos/${args.slug}`);
  // The button is enabled once the page is interactive; a choice made before that would be lost.
  await expect(page.getByRole('button', { name: 'Agregar al carrito' })).toBeEnabled();
  await page.getByRole('radio', { name: new RegExp(`^${args.variant}\\b`) }).check();
  const quantity = page
    .getByRole('group', { name: new RegExp(`^Cantidad de .* ${args.variant}$`) })
    .getByRole('spinbutton', { name: 'Cantidad' });
  await quantity.fill(String(args.quantity));
  await quantity.press('Enter');
  await page.getByRole('button', { name: 'Agregar al carrito' }).click();
  await expect(page.getByText(/está en tu carrito\./).last()).toBeVisible();

  await page.goto('/checkout');
  await page.getByRole('radio', { name: /Recoger en el spa/ }).check();
  await expect(page.getByRole('complementary', { name: 'Tu pedido' }).getByText('Recoger en el spa')).toBeVisible();
  await page.getByRole('checkbox', { name: /Acepto los términos de compra/ }).check();
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();
  await expect(page).toHaveURL(/\/cuenta\/pedidos\/[0-9a-f-]{36}\?nuevo=1$/);
  await expect(page.getByTestId('order-status')).toHaveText('Pendiente de pago');
  return page.url().replace(/\?.*$/, '');
}

async function payOnWompi(page: Page, card: string) {
  await page.getByRole('button', { name: /Pagar/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Pago de prueba' })).toBeVisible();
  await page.getByLabel('Número de tarjeta').fill(card);
  await page.getByRole('button', { name: /^Pagar / }).click();
  await expect(page).toHaveURL(/\/pago\/resultado\?id=/);
}

test('an approved payment marks the order paid and takes the units out of stock', async ({
  page,
  sql,
  signIn,
  newShopper,
}) => {
  const sku = 'ACE-MRL-100';
  const before = await stockOf(sql, sku);
  await signIn(await newShopper('pay-ok', 'Pagadora ok'));
  const orderUrl = await placePickupOrder(page, { slug: 'aceite-de-masaje-relajante', variant: '100 ml', quantity: 2 });
  expect(await stockOf(sql, sku)).toEqual({ stock: before.stock, reserved: before.reserved + 2 });

  await payOnWompi(page, APPROVE);
  await expect(page.getByRole('heading', { name: '¡Pago aprobado!' })).toBeVisible();
  await page.getByRole('link', { name: 'Ver mi pedido' }).click();
  await expect(page).toHaveURL(orderUrl);
  await expect(page.getByTestId('order-status')).toHaveText('Pagado');
  await expect(page.getByRole('button', { name: 'Pagar con Wompi' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Historial del pedido' })).toContainText('Pagado');

  // Captured: the reservation became a sale.
  expect(await stockOf(sql, sku)).toEqual({ stock: before.stock - 2, reserved: before.reserved });
});

test('a declined card leaves the order payable, and a second attempt succeeds', async ({
  page,
  sql,
  signIn,
  newShopper,
}) => {
  const sku = 'ACE-MEN-100';
  const before = await stockOf(sql, sku);
  await signIn(await newShopper('pay-retry', 'Pagadora retry'));
  const orderUrl = await placePickupOrder(page, {
    slug: 'aceite-de-masaje-energizante',
    variant: '100 ml',
    quantity: 1,
  });

  await payOnWompi(page, DECLINE);
  await expect(page.getByRole('heading', { name: 'Tu pago fue rechazado' })).toBeVisible();
  await expect(page.getByText('Tus productos siguen reservados')).toBeVisible();

  // Still pending, with its countdown, and nothing left the shelf.
  await page.getByRole('link', { name: /Ver el pedido #\d+/ }).click();
  await expect(page).toHaveURL(orderUrl);
  await expect(page.getByTestId('order-status')).toHaveText('Pendiente de pago');
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^\d\d:\d\d$/);
  expect(await stockOf(sql, sku)).toEqual({ stock: before.stock, reserved: before.reserved + 1 });

  // "Pagar de nuevo" from the result page works too; here the order page's button is used.
  await payOnWompi(page, APPROVE);
  await expect(page.getByRole('heading', { name: '¡Pago aprobado!' })).toBeVisible();
  await page.getByRole('link', { name: 'Ver mi pedido' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Pagado');
  expect(await stockOf(sql, sku)).toEqual({ stock: before.stock - 1, reserved: before.reserved });
});

test('"Pagar de nuevo" on the result page reopens Wompi for the same order', async ({ page, signIn, newShopper }) => {
  await signIn(await newShopper('pay-again', 'Pagadora again'));
  const orderUrl = await placePickupOrder(page, {
    slug: 'aceite-esencial-de-naranja-dulce',
    variant: '10 ml',
    quantity: 1,
  });
  await payOnWompi(page, DECLINE);
  await expect(page.getByRole('heading', { name: 'Tu pago fue rechazado' })).toBeVisible();
  await payOnWompi(page, APPROVE);
  await expect(page.getByRole('heading', { name: '¡Pago aprobado!' })).toBeVisible();
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-status')).toHaveText('Pagado');
});

test('a shopper cancels a pending order and its units go back on the shelf', async ({
  page,
  sql,
  signIn,
  newShopper,
}) => {
  const sku = 'ACE-ARN-100';
  const before = await stockOf(sql, sku);
  await signIn(await newShopper('pay-cancel', 'Pagadora cancel'));
  await placePickupOrder(page, { slug: 'aceite-de-arnica-para-masaje', variant: '100 ml', quantity: 1 });
  expect((await stockOf(sql, sku)).reserved).toBe(before.reserved + 1);

  await page.getByRole('button', { name: 'Cancelar pedido' }).click();
  const dialog = page.getByRole('dialog', { name: /¿Cancelar el pedido #\d+\?/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sí, cancelar pedido' }).click();
  await expect(page.getByText('Cancelamos tu pedido y liberamos los productos reservados.')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelado');
  await expect(page.getByRole('button', { name: 'Pagar con Wompi' })).toHaveCount(0);
  expect(await stockOf(sql, sku)).toEqual(before);
});
