import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth/guards';
import type { ActionState } from '@/lib/http/action-state';
import { createTestVoucher } from '@/lib/testing/commerce-fixtures';
import { createTestCategory, createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createPaidOrder } from '@/lib/admin/testing/admin-fixtures';
import { DEFAULT_SETTINGS, getStoreSettings } from '@/lib/settings/store-settings';

// Server actions and pages outside a request: the session comes from this mock, and cache
// revalidation (which needs Next's request store) is recorded instead of run.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({
  auth: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)),
}));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  // 'use cache' readers (lib/seo/cached-seo.ts) run as plain functions here.
  cacheLife: vi.fn(),
  cacheTag: vi.fn(),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

import { createProductAction } from '@/lib/actions/admin/create-product-action';
import { updateProductAction } from '@/lib/actions/admin/update-product-action';
import { setProductStatusAction } from '@/lib/actions/admin/set-product-status-action';
import { addVariantAction } from '@/lib/actions/admin/add-variant-action';
import { updateImageAction } from '@/lib/actions/admin/update-image-action';
import { updateVariantAction } from '@/lib/actions/admin/update-variant-action';
import { recordMovementAction } from '@/lib/actions/admin/record-movement-action';
import { transitionOrderAction } from '@/lib/actions/admin/transition-order-action';
import { createVoucherAction } from '@/lib/actions/admin/create-voucher-action';
import { updateVoucherAction } from '@/lib/actions/admin/update-voucher-action';
import { updateUserAction } from '@/lib/actions/admin/update-user-action';
import { adjustCreditAction } from '@/lib/actions/admin/adjust-credit-action';
import { createCategoryAction } from '@/lib/actions/admin/create-category-action';
import { updateCategoryAction } from '@/lib/actions/admin/update-category-action';
import { categoryRowAction } from '@/lib/actions/admin/category-row-action';
import { updateSettingsAction } from '@/lib/actions/admin/update-settings-action';
import DashboardPage from '@/app/(admin)/admin/page';
import CategoriesPage from '@/app/(admin)/admin/categorias/page';
import SalesReportPage from '@/app/(admin)/admin/reportes/page';
import NewCategoryPage from '@/app/(admin)/admin/categorias/nueva/page';
import EditCategoryPage from '@/app/(admin)/admin/categorias/[id]/page';
import ProductsPage from '@/app/(admin)/admin/productos/page';
import NewProductPage from '@/app/(admin)/admin/productos/nuevo/page';
import EditProductPage from '@/app/(admin)/admin/productos/[id]/page';
import VariantPage from '@/app/(admin)/admin/variantes/[id]/page';
import InventoryPage from '@/app/(admin)/admin/inventario/page';
import VariantStockPage from '@/app/(admin)/admin/inventario/[variantId]/page';
import OrdersPage from '@/app/(admin)/admin/pedidos/page';
import OrderPage from '@/app/(admin)/admin/pedidos/[id]/page';
import VouchersPage from '@/app/(admin)/admin/cupones/page';
import NewVoucherPage from '@/app/(admin)/admin/cupones/nuevo/page';
import VoucherPage from '@/app/(admin)/admin/cupones/[id]/page';
import UsersPage from '@/app/(admin)/admin/usuarios/page';
import UserPage from '@/app/(admin)/admin/usuarios/[id]/page';
import AuditPage from '@/app/(admin)/admin/auditoria/page';
import SettingsPage from '@/app/(admin)/admin/ajustes/page';
import CatalogFeedsPage from '@/app/(admin)/admin/catalogos/page';

const accounts = {} as Record<Role, string>;
const f = {} as { productId: string; variantId: string; voucherId: string; customerId: string; categorySlug: string };

beforeAll(async () => {
  const db = testDb();
  for (const role of ['CUSTOMER', 'STAFF', 'ADMIN'] as const) accounts[role] = (await createTestUser(db, { role })).id;
  const { product, variants } = await createTestProduct(db, { variants: [{ initialStock: 50 }] });
  f.productId = product.id;
  f.variantId = variants[0]!.id;
  f.voucherId = (await createTestVoucher(db)).id;
  f.customerId = (await createTestUser(db)).id;
  f.categorySlug = (await createTestCategory(db)).slug;
});

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const sku = () => `DOOR-${randomUUID().slice(0, 8)}`;
const idle: ActionState = { ok: false };

type ActionCase = {
  name: string;
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  staff: boolean;
  form: () => Promise<FormData>;
};

/** Every admin server action, who may call it, and a form an allowed caller gets through with. */
const ACTIONS: ActionCase[] = [
  {
    name: 'createProduct',
    action: createProductAction,
    staff: false,
    form: async () =>
      form({
        name: 'Desde acción',
        categorySlug: f.categorySlug,
        'variants.0.sku': sku(),
        'variants.0.name': 'Única',
        'variants.0.price': '12.900',
      }),
  },
  {
    name: 'updateProduct',
    action: updateProductAction,
    staff: false,
    form: async () =>
      form({ productId: f.productId, name: 'Producto editado', categorySlug: f.categorySlug, isActive: 'on' }),
  },
  {
    name: 'setProductStatus',
    action: setProductStatusAction,
    staff: false,
    form: async () => form({ productId: f.productId, intent: 'activate' }),
  },
  {
    name: 'addVariant',
    action: addVariantAction,
    staff: false,
    form: async () => form({ productId: f.productId, sku: sku(), name: 'Nueva', price: '15000' }),
  },
  {
    name: 'updateImage',
    action: updateImageAction,
    staff: false,
    form: async () => form({ imageId: randomUUID(), alt: 'Otro texto' }),
  },
  {
    name: 'updateVariant',
    action: updateVariantAction,
    staff: false,
    form: async () => form({ variantId: f.variantId, price: '50.000' }),
  },
  {
    name: 'recordMovement',
    action: recordMovementAction,
    staff: true,
    form: async () => form({ variantId: f.variantId, type: 'RESTOCK', quantity: '1' }),
  },
  {
    name: 'transitionOrder',
    action: transitionOrderAction,
    staff: true,
    form: async () => form({ orderId: (await createPaidOrder(testDb())).order.id, to: 'PREPARING' }),
  },
  {
    name: 'createVoucher',
    action: createVoucherAction,
    staff: false,
    form: async () => form({ code: `DOOR${randomUUID().slice(0, 6)}`, kind: 'FIXED', value: '10.000' }),
  },
  {
    name: 'updateVoucher',
    action: updateVoucherAction,
    staff: false,
    form: async () => form({ voucherId: f.voucherId, intent: 'deactivate' }),
  },
  {
    name: 'updateUser',
    action: updateUserAction,
    staff: false,
    form: async () => form({ userId: f.customerId, intent: 'remove-vip' }),
  },
  {
    name: 'createCategory',
    action: createCategoryAction,
    staff: false,
    form: async () => form({ name: `Categoría ${randomUUID().slice(0, 6)}`, isActive: 'on' }),
  },
  {
    name: 'updateCategory',
    action: updateCategoryAction,
    staff: false,
    form: async () =>
      form({ categoryId: (await createTestCategory(testDb())).id, name: 'Categoría editada', sortOrder: '5' }),
  },
  {
    name: 'categoryRow',
    action: categoryRowAction,
    staff: false,
    form: async () => form({ categoryId: (await createTestCategory(testDb())).id, intent: 'hide' }),
  },
  {
    name: 'adjustCredit',
    action: adjustCreditAction,
    staff: false,
    form: async () => form({ userId: f.customerId, amount: '1.000', reason: 'Cortesía por demora' }),
  },
  {
    name: 'updateSettings',
    action: updateSettingsAction,
    staff: false,
    form: async () => form(settingsForm()),
  },
];

/** The Ajustes form as the page fills it in with the default settings. */
function settingsForm(changes: Record<string, string> = {}): Record<string, string> {
  const { shippingFeeCents, freeShippingThresholdCents, store, ...counts } = DEFAULT_SETTINGS;
  return {
    shippingFee: String(shippingFeeCents / 100),
    freeShippingThreshold: String(freeShippingThresholdCents / 100),
    ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)])),
    ...Object.fromEntries(Object.entries(store).map(([k, v]) => [`store.${k}`, v])),
    ...changes,
  };
}

async function run(c: ActionCase, as: Role | null): Promise<ActionState | 'redirected'> {
  session.userId = as ? accounts[as] : null;
  try {
    return await c.action(idle, await c.form());
  } catch (error) {
    // A create that succeeds redirects to the new record's page.
    if (String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

const refusedAs = (code: string) => expect.objectContaining({ ok: false, code });

describe.each(ACTIONS)('server action $name', (c) => {
  it('refuses anonymous callers and customers', async () => {
    expect(await run(c, null)).toEqual(refusedAs('AUTH-REQUIRED'));
    expect(await run(c, 'CUSTOMER')).toEqual(refusedAs('FORBIDDEN'));
  });

  it(c.staff ? 'lets STAFF and ADMIN through' : 'refuses STAFF and lets ADMIN through', async () => {
    const staff = await run(c, 'STAFF');
    if (c.staff) expect(staff).not.toEqual(refusedAs('FORBIDDEN'));
    else expect(staff).toEqual(refusedAs('FORBIDDEN'));
    const admin = await run(c, 'ADMIN');
    expect(admin === 'redirected' || !['AUTH-REQUIRED', 'FORBIDDEN'].includes(admin.code ?? '')).toBe(true);
  });
});

describe('server actions an ADMIN uses', () => {
  it('succeed with real forms, and refuse bad input with field messages under the form names', async () => {
    session.userId = accounts.ADMIN;
    expect(
      await createProductAction(
        idle,
        form({
          name: 'Mala',
          categorySlug: f.categorySlug,
          'variants.0.sku': sku(),
          'variants.0.name': 'x',
          'variants.0.price': '10.000',
          'variants.0.vipPrice': '12.000',
        }),
      ),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: { 'variants.0.vipPrice': expect.stringContaining('menor') },
    });
    expect(await updateVariantAction(idle, form({ variantId: f.variantId, price: '49.900,50' }))).toMatchObject({
      fields: { price: expect.stringContaining('pesos') },
    });
    expect(
      await recordMovementAction(
        idle,
        form({ variantId: f.variantId, type: 'ADJUSTMENT', quantity: '-999', note: 'conteo' }),
      ),
    ).toMatchObject({ fields: { quantity: expect.stringContaining('Solo puedes retirar') } });
    expect(await createVoucherAction(idle, form({ code: 'PCT', kind: 'PERCENT', value: '150' }))).toMatchObject({
      fields: { value: expect.any(String) },
    });
    expect(
      await updateVariantAction(
        idle,
        form({
          variantId: f.variantId,
          sku: sku(),
          name: 'Editada',
          price: '49.900',
          minOrderQuantity: '1',
          maxOrderQuantity: '10',
          lowStockThreshold: '2',
        }),
      ),
    ).toEqual({ ok: true, message: 'Variante guardada.' });
    expect(
      await updateSettingsAction(
        idle,
        form(settingsForm({ shippingFee: '-6.500', reservationTtlMinutes: '0', 'store.phone': '123' })),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: {
        shippingFee: expect.stringContaining('negativo'),
        reservationTtlMinutes: expect.any(String),
        'store.phone': expect.any(String),
      },
    });
    expect(
      await updateSettingsAction(idle, form(settingsForm({ shippingFee: '7.900', 'store.hours': 'Todos los días' }))),
    ).toMatchObject({ ok: true });
    expect(await getStoreSettings(testDb())).toMatchObject({
      shippingFeeCents: 790_000,
      store: { hours: 'Todos los días' },
    });
  });
});

// Pages that other features own inside /admin test their own doors.
const OTHER_FEATURES = /^(correos|devoluciones|resenas)\//;
const adminPages = () =>
  readdirSync(path.join(process.cwd(), 'app/(admin)/admin'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page.tsx') && !OTHER_FEATURES.test(file))
    .sort();
const ADMIN_ACTIONS = path.join(process.cwd(), 'lib/actions/admin');

describe('the tables above', () => {
  it('cover every admin server action and every admin page', () => {
    const exported = readdirSync(ADMIN_ACTIONS)
      .filter((file) => file.endsWith('-action.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(ADMIN_ACTIONS, file), 'utf8').matchAll(/export const (\w+) = action\(/g)].map(
          (m) => m[1],
        ),
      );
    expect(exported.sort()).toEqual(ACTIONS.map((a) => `${a.name}Action`).sort());
    const routes = adminPages().map((file) => `/admin/${path.dirname(file)}`.replace(/\/\.$/, ''));
    expect(routes.sort()).toEqual(PAGES.map((p) => p.name).sort());
  });
});

type PageCase = {
  name: string;
  page: (props: never) => Promise<unknown>;
  area: 'staff' | 'admin';
  props: () => Promise<Record<string, unknown>>;
};

const noSearch = { searchParams: Promise.resolve({}) };
const PAGES: PageCase[] = [
  { name: '/admin', page: DashboardPage, area: 'staff', props: async () => noSearch },
  { name: '/admin/productos', page: ProductsPage, area: 'admin', props: async () => noSearch },
  { name: '/admin/productos/nuevo', page: NewProductPage, area: 'admin', props: async () => ({}) },
  {
    name: '/admin/productos/[id]',
    page: EditProductPage,
    area: 'admin',
    props: async () => ({ params: Promise.resolve({ id: f.productId }), ...noSearch }),
  },
  {
    name: '/admin/variantes/[id]',
    page: VariantPage,
    area: 'admin',
    props: async () => ({ params: Promise.resolve({ id: f.variantId }) }),
  },
  { name: '/admin/inventario', page: InventoryPage, area: 'staff', props: async () => noSearch },
  {
    name: '/admin/inventario/[variantId]',
    page: VariantStockPage,
    area: 'staff',
    props: async () => ({ params: Promise.resolve({ variantId: f.variantId }), ...noSearch }),
  },
  { name: '/admin/pedidos', page: OrdersPage, area: 'staff', props: async () => noSearch },
  {
    name: '/admin/pedidos/[id]',
    page: OrderPage,
    area: 'staff',
    props: async () => ({ params: Promise.resolve({ id: (await createPaidOrder(testDb())).order.id }) }),
  },
  { name: '/admin/cupones', page: VouchersPage, area: 'admin', props: async () => noSearch },
  { name: '/admin/cupones/nuevo', page: NewVoucherPage, area: 'admin', props: async () => ({}) },
  {
    name: '/admin/cupones/[id]',
    page: VoucherPage,
    area: 'admin',
    props: async () => ({ params: Promise.resolve({ id: f.voucherId }), ...noSearch }),
  },
  { name: '/admin/usuarios', page: UsersPage, area: 'admin', props: async () => noSearch },
  {
    name: '/admin/usuarios/[id]',
    page: UserPage,
    area: 'admin',
    props: async () => ({ params: Promise.resolve({ id: f.customerId }) }),
  },
  { name: '/admin/auditoria', page: AuditPage, area: 'admin', props: async () => noSearch },
  { name: '/admin/categorias', page: CategoriesPage, area: 'admin', props: async () => noSearch },
  { name: '/admin/reportes', page: SalesReportPage, area: 'admin', props: async () => noSearch },
  { name: '/admin/categorias/nueva', page: NewCategoryPage, area: 'admin', props: async () => ({}) },
  {
    name: '/admin/categorias/[id]',
    page: EditCategoryPage,
    area: 'admin',
    props: async () => ({ params: Promise.resolve({ id: (await createTestCategory(testDb())).id }) }),
  },
  { name: '/admin/ajustes', page: SettingsPage, area: 'admin', props: async () => ({}) },
  { name: '/admin/catalogos', page: CatalogFeedsPage, area: 'admin', props: async () => ({}) },
];

async function render(c: PageCase, as: Role | null): Promise<'404' | 'rendered'> {
  session.userId = as ? accounts[as] : null;
  try {
    await c.page((await c.props()) as never);
    return 'rendered';
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? '') === 'NEXT_HTTP_ERROR_FALLBACK;404') return '404';
    throw error;
  }
}

describe.each(PAGES)('page $name', (c) => {
  it('is a plain 404 for anonymous visitors and customers', async () => {
    expect(await render(c, null)).toBe('404');
    expect(await render(c, 'CUSTOMER')).toBe('404');
  });

  it(c.area === 'staff' ? 'renders for STAFF and ADMIN' : 'is a 404 for STAFF and renders for ADMIN', async () => {
    expect(await render(c, 'STAFF')).toBe(c.area === 'staff' ? 'rendered' : '404');
    expect(await render(c, 'ADMIN')).toBe('rendered');
  });
});
