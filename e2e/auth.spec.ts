import { expect, test, uniqueEmail } from './fixtures';

test('a shopper signs up, is signed in, signs out and signs in again', async ({ page }) => {
  const email = uniqueEmail('auth');
  await page.goto('/registro');
  await expect(page.getByRole('heading', { name: 'Crea tu cuenta' })).toBeVisible();

  await page.getByLabel('Nombre').fill('Laura Gómez');
  await page.getByLabel('Correo').fill(email);
  await page.getByLabel('Contraseña').fill('corta');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByText('La contraseña debe tener al menos 10 caracteres.')).toBeVisible();

  await page.getByLabel('Contraseña').fill('una-clave-segura');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByRole('navigation', { name: 'Cuenta y carrito' }).getByText('Laura')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Categorías' })).toBeVisible();

  await page.getByText('Laura').click();
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('link', { name: 'Ingresar' })).toBeVisible();

  await page.goto('/ingresar');
  await page.getByLabel('Correo').fill(email);
  await page.getByLabel('Contraseña').fill('clave-equivocada');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Correo o contraseña incorrectos.' })).toBeVisible();
  // The email the shopper typed survives the failed attempt.
  await expect(page.getByLabel('Correo')).toHaveValue(email);

  await page.getByLabel('Contraseña').fill('una-clave-segura');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('navigation', { name: 'Cuenta y carrito' }).getByText('Laura')).toBeVisible();
});

test('the API answers sign-up conflicts and health in the docs/api.md shape', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({ status: 'ok', db: 'ok' });

  const email = uniqueEmail('api');
  const first = await request.post('/api/v1/auth/sign-up', {
    data: { email, password: 'una-clave-segura', name: 'Api' },
  });
  expect(first.status()).toBe(201);
  const again = await request.post('/api/v1/auth/sign-up', {
    data: { email: email.toUpperCase(), password: 'una-clave-segura', name: 'Api' },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.code).toBe('EMAIL-TAKEN');

  const me = await request.get('/api/v1/me');
  expect(me.status()).toBe(401);
  expect((await me.json()).error.code).toBe('AUTH-REQUIRED');
});
