import type { Page } from '@playwright/test';
import { expect, signInWithForm, test, type Account } from './fixtures';

/*
 * Cart and checkout through the real pages: product page → "Agregar al carrito" → mini-cart →
 * checkout → order page. Each test signs up its own shopper so carts never leak between tests.
 */

async function signOut(page: Page, shopper: Account) {
  // The header shows the first name.
  const firstName = shopper.name.split(' ')[0]!;
  await page.getByRole('navigation', { name: 'Cuenta y carrito' }).getByText(firstName).click();
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('link', { name: 'Ingresar' })).toBeVisible();
}

/** Opens a product page and adds `quantity` units of the presentation whose name starts with `variant`. */
async function addFromProductPage(page: Page, args: { slug: string; variant: string; quantity?: number }) {
  await page.goto(`/productos/${args.slug}`);
  // The button is enabled once the page is interactive; a choice made before that would be lost.
  await expect(page.getByRole('button', { name: 'Agregar al carrito' })).toBeEnabled();
  const picker = page.getByRole('radio', { name: new RegExp(`^${args.variant}\\b`) });
  if ((await picker.count()) > 0) await picker.check();
  const stepper = page.getByRole('group', { name: new RegExp(`^Cantidad de .* ${args.variant}$`) });
  await expect(stepper).toBeVisible();
  if (args.quantity && args.quantity > 1) {
    const quantity = stepper.getByRole('spinbutton', { name: 'Cantidad' });
    await quantity.fill(String(args.quantity));
    await quantity.press('Enter');
  }
  await page.getByRole('button', { name: 'Agregar al carrito' }).click();
  await expect(page.getByText(/está en tu carrito\./).last()).toBeVisible();
}

type ApiCart = { itemCount: number; items: Array<{ sku: string; quantity: number }> };

async function apiCart(page: Page): Promise<ApiCart> {
  const response = await page.request.get('/api/v1/cart');
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as ApiCart;
}

function quantityOf(cart: ApiCart, sku: string): number | undefined {
  return cart.items.find((i) => i.sku === sku)?.quantity;
}

test('browse, add two presentations, change a quantity, then check out with a corrected address', async ({
  page,
  newShopper,
}) => {
  const shopper = await newShopper('checkout');

  // Browse as a guest: catalogue → product page.
  await page.goto('/productos');
  await page.getByRole('link', { name: 'Aceite Esencial de Lavanda', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aceite Esencial de Lavanda' })).toBeVisible();

  await addFromProductPage(page, { slug: 'aceite-esencial-de-lavanda', variant: '10 ml' });
  await addFromProductPage(page, { slug: 'aceite-esencial-de-lavanda', variant: '30 ml' });
  await expect(page.getByTestId('cart-count')).toHaveText('2');

  // Mini-cart: one more unit of the 10 ml, shown at once and kept by the server.
  await page.getByRole('button', { name: /^Carrito, / }).click();
  const drawer = page.getByRole('dialog', { name: 'Tu carrito' });
  await expect(drawer).toBeVisible();
  const small = drawer.locator('[data-testid="cart-line"][data-sku="ACE-LAV-10"]');
  await small.getByRole('button', { name: 'Agregar una unidad' }).click();
  await expect(small.getByRole('spinbutton', { name: 'Cantidad' })).toHaveValue('2');
  await expect(small.getByTestId('line-total')).toHaveText(/57\.800/);
  await expect(page.getByTestId('cart-count')).toHaveText('3');
  expect(quantityOf(await apiCart(page), 'ACE-LAV-10')).toBe(2);

  // Checkout needs an account: sign in, and the guest cart comes along.
  await drawer.getByRole('link', { name: 'Ir a pagar' }).click();
  await expect(page).toHaveURL(/\/ingresar\?next=(%2F|\/)checkout$/);
  await signInWithForm(page, shopper);
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('heading', { name: 'Finalizar compra' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Tu pedido' }).getByText('30 ml × 1')).toBeVisible();
  await expect(page.getByTestId('estimated-delivery')).toBeVisible();

  // An address that is not Colombian numbering is refused field by field, in Spanish.
  await page.getByRole('radio', { name: /Envío a domicilio/ }).check();
  await page.getByLabel('Dirección', { exact: true }).fill('Mi casa, al lado del parque');
  await page.getByLabel('Ciudad o municipio').fill('Bogotá');
  await page.getByLabel('Departamento').selectOption('Bogotá D.C.');
  await page.getByLabel('Teléfono de contacto').fill('12345');
  await page.getByRole('checkbox', { name: /Acepto los términos de compra/ }).check();
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No pudimos confirmar tu pedido' })).toContainText(
    'Revisa la dirección de entrega.',
  );
  await expect(page.getByText('Empieza con el tipo de vía')).toBeVisible();
  await expect(page.getByText('Escribe un celular de 10 dígitos')).toBeVisible();
  await expect(page.getByLabel('Dirección', { exact: true })).toBeFocused();

  await page.getByLabel('Dirección', { exact: true }).fill('Calle 123 #45-67, Apto 301');
  await page.getByLabel('Teléfono de contacto').fill('300 123 4567');
  await page.getByRole('button', { name: 'Confirmar pedido' }).click();

  // The new order: pending payment, with its countdown and the way to pay or cancel.
  await expect(page).toHaveURL(/\/cuenta\/pedidos\/[0-9a-f-]{36}\?nuevo=1$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Pedido #\d+$/ })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Pendiente de pago');
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^(29|30):\d\d$/);
  await expect(page.getByRole('button', { name: 'Pagar con Wompi' })).toBeVisible();
  // Cache Components keeps the checkout page in the DOM, hidden, for "back": look at what is shown.
  await expect(page.getByText('Calle 123 #45-67, Apto 301').filter({ visible: true })).toBeVisible();
  await expect(page.getByTestId('order-item')).toHaveCount(2);
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  expect((await apiCart(page)).itemCount).toBe(0);

  // It is listed in the account.
  await page.goto('/cuenta/pedidos');
  await expect(page.getByTestId('order-list').getByText('Pendiente de pago')).toBeVisible();
});

test('a guest cart merges into the account cart at sign-in, capped by stock with a notice', async ({
  page,
  signIn,
  newShopper,
}) => {
  const shopper = await newShopper('merge');

  // Signed in: one unit of the 1 litre coconut oil (stock 2) waits in the account's cart.
  await signIn(shopper);
  await addFromProductPage(page, { slug: 'aceite-de-coco-virgen-organico', variant: '1 litro' });
  await signOut(page, shopper);

  // As a guest: two more of the same (3 in total would exceed the stock) and a 100 ml.
  await addFromProductPage(page, { slug: 'aceite-de-coco-virgen-organico', variant: '1 litro', quantity: 2 });
  await addFromProductPage(page, { slug: 'aceite-de-coco-virgen-organico', variant: '100 ml' });
  const guest = await apiCart(page);
  expect(quantityOf(guest, 'ACE-COC-1000')).toBe(2);
  expect(quantityOf(guest, 'ACE-COC-100')).toBe(1);

  await signInWithForm(page, shopper, { next: '/carrito' });
  await expect(page).toHaveURL(/\/carrito$/);
  await expect(page.getByText(/ajustamos la cantidad a 2/)).toBeVisible();
  const merged = await apiCart(page);
  expect(quantityOf(merged, 'ACE-COC-1000')).toBe(2);
  expect(quantityOf(merged, 'ACE-COC-100')).toBe(1);
  await expect(page.locator('[data-testid="cart-line"]')).toHaveCount(2);

  // The notice shows once: not again on the next page.
  await page.reload();
  await expect(page.locator('[data-testid="cart-line"]')).toHaveCount(2);
  await expect(page.getByText(/ajustamos la cantidad a 2/)).toHaveCount(0);
});

test('a double click on "Agregar al carrito" adds once', async ({ page }) => {
  await page.goto('/productos/aceite-de-almendras-dulces');
  await expect(page.getByRole('button', { name: 'Agregar al carrito' })).toBeEnabled();
  await page.getByRole('radio', { name: /^100 ml\b/ }).check();
  await expect(page.getByRole('group', { name: /^Cantidad de .* 100 ml$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Agregar al carrito' }).dblclick();
  await expect(page.getByText(/está en tu carrito\./).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agregar al carrito' })).toBeEnabled();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  expect(quantityOf(await apiCart(page), 'ACE-ALM-100')).toBe(1);

  // A later, deliberate click is a new intent and adds again.
  await page.getByRole('button', { name: 'Agregar al carrito' }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  expect(quantityOf(await apiCart(page), 'ACE-ALM-100')).toBe(2);
});

test('the cart page shows bulk savings, and a refused change rolls back with a toast', async ({ page, sql }) => {
  await addFromProductPage(page, { slug: 'aceite-de-almendras-dulces', variant: '100 ml', quantity: 3 });
  await page.goto('/carrito');
  const line = page.locator('[data-testid="cart-line"][data-sku="ACE-ALM-100"]');
  await expect(line.getByRole('spinbutton', { name: 'Cantidad' })).toHaveValue('3');
  await expect(page.getByTestId('cart-savings')).toHaveText(/4\.935/); // 5 % of 3 × 32.900

  // Meanwhile the shelf empties down to 3 units (another shop, a manual count…).
  const [shelf] = await sql<{ stock: number }[]>`SELECT stock FROM product_variants WHERE sku = 'ACE-ALM-100'`;
  try {
    await sql`UPDATE product_variants SET stock = reserved_stock + 3 WHERE sku = 'ACE-ALM-100'`;
    // The 4th unit shows at once, then the server refuses it: back to 3, and a toast says why.
    await line.getByRole('button', { name: 'Agregar una unidad' }).click();
    await expect(page.getByText('Stock insuficiente. Disponible: 3, solicitado: 4.')).toBeVisible();
    await expect(line.getByRole('spinbutton', { name: 'Cantidad' })).toHaveValue('3');
    expect(quantityOf(await apiCart(page), 'ACE-ALM-100')).toBe(3);
  } finally {
    await sql`UPDATE product_variants SET stock = ${shelf!.stock} WHERE sku = 'ACE-ALM-100'`;
  }

  await line.getByRole('button', { name: /^Quitar Aceite de Almendras/ }).click();
  await expect(page.getByText('Tu carrito está vacío').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Te puede gustar' })).toBeVisible();
});
