import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { productImages as productImagesTable } from '@/db/schema';
import { createTestCategory, createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createTestVoucher } from '@/lib/testing/commerce-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createPaidOrder } from '@/lib/admin/testing/admin-fixtures';
import type { Role } from '@/lib/auth/guards';

// The session source the guards read: each call answers as whoever `signedIn` says.
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

import * as products from '@/app/api/v1/admin/products/route';
import * as product from '@/app/api/v1/admin/products/[id]/route';
import * as restore from '@/app/api/v1/admin/products/[id]/restore/route';
import * as productVariants from '@/app/api/v1/admin/products/[id]/variants/route';
import * as productImages from '@/app/api/v1/admin/products/[id]/images/route';
import * as productImage from '@/app/api/v1/admin/images/[id]/route';
import * as variant from '@/app/api/v1/admin/variants/[id]/route';
import * as movements from '@/app/api/v1/admin/variants/[id]/inventory-movements/route';
import * as inventory from '@/app/api/v1/admin/inventory/route';
import * as orders from '@/app/api/v1/admin/orders/route';
import * as order from '@/app/api/v1/admin/orders/[id]/route';
import * as transitions from '@/app/api/v1/admin/orders/[id]/transitions/route';
import * as vouchers from '@/app/api/v1/admin/vouchers/route';
import * as voucher from '@/app/api/v1/admin/vouchers/[id]/route';
import * as users from '@/app/api/v1/admin/users/route';
import * as user from '@/app/api/v1/admin/users/[id]/route';
import * as metrics from '@/app/api/v1/admin/metrics/route';
import * as auditLog from '@/app/api/v1/admin/audit-log/route';
import * as adminCategories from '@/app/api/v1/admin/categories/route';
import * as salesReport from '@/app/api/v1/admin/reports/sales/route';
import * as creditAdjustments from '@/app/api/v1/admin/users/[id]/credit-adjustments/route';
import * as adminCategory from '@/app/api/v1/admin/categories/[id]/route';
import * as storeSettings from '@/app/api/v1/admin/settings/route';

// `never` params accept every route's own params type; the real values are passed at call time.
type Handler = (req: NextRequest, segment: { params: Promise<never> }) => Promise<Response>;
type Call = { params?: Record<string, string>; body?: unknown; query?: string; form?: FormData };
type Case = {
  name: string;
  handler: Handler;
  path: string;
  method: string;
  staff: boolean;
  ok: number;
  call: () => Promise<Call>;
};

const accounts = {} as Record<Role, string>;
const fixtures = {} as {
  productId: string;
  variantId: string;
  voucherId: string;
  customerId: string;
  categorySlug: string;
};

/** A gallery row of the fixture product (a seed-style URL: deleting it removes no stored file). */
async function galleryImage(): Promise<string> {
  const [row] = await testDb()
    .insert(productImagesTable)
    .values({ productId: fixtures.productId, url: `/images/products/${randomUUID()}.svg`, alt: 'Frasco' })
    .returning({ id: productImagesTable.id });
  return row!.id;
}

beforeAll(async () => {
  const db = testDb();
  for (const role of ['CUSTOMER', 'STAFF', 'ADMIN'] as const) accounts[role] = (await createTestUser(db, { role })).id;
  const { product: p, variants } = await createTestProduct(db, { variants: [{ initialStock: 50 }] });
  const category = await createTestCategory(db);
  fixtures.productId = p.id;
  fixtures.variantId = variants[0]!.id;
  fixtures.voucherId = (await createTestVoucher(db)).id;
  fixtures.customerId = (await createTestUser(db)).id;
  fixtures.categorySlug = category.slug;
});

const sku = () => `AUTH-${randomUUID().slice(0, 8)}`;
const paidOrderId = async () => (await createPaidOrder(testDb())).order.id;

/** Every admin route handler, who may call it, and what an allowed caller gets. */
const CASES: Case[] = [
  {
    name: 'list products',
    method: 'GET',
    path: '/products',
    handler: products.GET,
    staff: false,
    ok: 200,
    call: async () => ({}),
  },
  {
    name: 'create product',
    method: 'POST',
    path: '/products',
    handler: products.POST,
    staff: false,
    ok: 201,
    call: async () => ({
      body: {
        name: 'Producto autorizado',
        categorySlug: fixtures.categorySlug,
        variants: [{ sku: sku(), name: 'Única', priceCents: 1_000_000 }],
      },
    }),
  },
  {
    name: 'get product',
    method: 'GET',
    path: '/products/{id}',
    handler: product.GET,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.productId } }),
  },
  {
    name: 'edit product',
    method: 'PATCH',
    path: '/products/{id}',
    handler: product.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.productId }, body: { preparationDays: 1 } }),
  },
  {
    name: 'delete product',
    method: 'DELETE',
    path: '/products/{id}',
    handler: product.DELETE,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.productId } }),
  },
  {
    name: 'restore product',
    method: 'POST',
    path: '/products/{id}/restore',
    handler: restore.POST,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.productId } }),
  },
  {
    name: 'add variant',
    method: 'POST',
    path: '/products/{id}/variants',
    handler: productVariants.POST,
    staff: false,
    ok: 201,
    call: async () => ({
      params: { id: fixtures.productId },
      body: { sku: sku(), name: 'Otra', priceCents: 2_000_000 },
    }),
  },
  {
    name: 'upload image',
    method: 'POST',
    path: '/products/{id}/images',
    handler: productImages.POST,
    staff: false,
    ok: 201,
    call: async () => {
      const form = new FormData();
      const png = await sharp({ create: { width: 240, height: 240, channels: 3, background: '#c8b89a' } })
        .png()
        .toBuffer();
      form.set('file', new File([new Uint8Array(png)], 'frasco.png', { type: 'image/png' }));
      form.set('alt', 'Frasco de aceite');
      return { params: { id: fixtures.productId }, form };
    },
  },
  {
    name: 'edit image',
    method: 'PATCH',
    path: '/images/{id}',
    handler: productImage.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: await galleryImage() }, body: { alt: 'Frasco de lado', isPrimary: true } }),
  },
  {
    name: 'delete image',
    method: 'DELETE',
    path: '/images/{id}',
    handler: productImage.DELETE,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: await galleryImage() } }),
  },
  {
    name: 'get variant',
    method: 'GET',
    path: '/variants/{id}',
    handler: variant.GET,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.variantId } }),
  },
  {
    name: 'edit variant',
    method: 'PATCH',
    path: '/variants/{id}',
    handler: variant.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.variantId }, body: { lowStockThreshold: 4 } }),
  },
  {
    name: 'list movements',
    method: 'GET',
    path: '/variants/{id}/inventory-movements',
    handler: movements.GET,
    staff: true,
    ok: 200,
    call: async () => ({ params: { id: fixtures.variantId } }),
  },
  {
    name: 'record movement',
    method: 'POST',
    path: '/variants/{id}/inventory-movements',
    handler: movements.POST,
    staff: true,
    ok: 201,
    call: async () => ({ params: { id: fixtures.variantId }, body: { type: 'RESTOCK', quantity: 1, note: 'prueba' } }),
  },
  {
    name: 'stock table',
    method: 'GET',
    path: '/inventory',
    handler: inventory.GET,
    staff: true,
    ok: 200,
    call: async () => ({ query: 'filter=low&check=true' }),
  },
  {
    name: 'list orders',
    method: 'GET',
    path: '/orders',
    handler: orders.GET,
    staff: true,
    ok: 200,
    call: async () => ({ query: 'status=PAID' }),
  },
  {
    name: 'get order',
    method: 'GET',
    path: '/orders/{id}',
    handler: order.GET,
    staff: true,
    ok: 200,
    call: async () => ({ params: { id: await paidOrderId() } }),
  },
  {
    name: 'transition order',
    method: 'POST',
    path: '/orders/{id}/transitions',
    handler: transitions.POST,
    staff: true,
    ok: 200,
    call: async () => ({ params: { id: await paidOrderId() }, body: { to: 'PREPARING' } }),
  },
  {
    name: 'list categories',
    method: 'GET',
    path: '/categories',
    handler: adminCategories.GET,
    staff: false,
    ok: 200,
    call: async () => ({}),
  },
  {
    name: 'create category',
    method: 'POST',
    path: '/categories',
    handler: adminCategories.POST,
    staff: false,
    ok: 201,
    call: async () => ({ body: { name: `Categoría ${randomUUID().slice(0, 6)}` } }),
  },
  {
    name: 'edit category',
    method: 'PATCH',
    path: '/categories/{id}',
    handler: adminCategory.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: (await createTestCategory(testDb())).id }, body: { isActive: false } }),
  },
  {
    name: 'delete category',
    method: 'DELETE',
    path: '/categories/{id}',
    handler: adminCategory.DELETE,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: (await createTestCategory(testDb())).id } }),
  },
  {
    name: 'adjust credit',
    method: 'POST',
    path: '/users/{id}/credit-adjustments',
    handler: creditAdjustments.POST,
    staff: false,
    ok: 201,
    call: async () => ({ params: { id: fixtures.customerId }, body: { amountCents: 100_000, reason: 'Cortesía' } }),
  },
  {
    name: 'sales report',
    method: 'GET',
    path: '/reports/sales',
    handler: salesReport.GET,
    staff: false,
    ok: 200,
    call: async () => ({ query: 'from=2025-01-01&to=2025-01-31' }),
  },
  {
    name: 'list vouchers',
    method: 'GET',
    path: '/vouchers',
    handler: vouchers.GET,
    staff: false,
    ok: 200,
    call: async () => ({}),
  },
  {
    name: 'create voucher',
    method: 'POST',
    path: '/vouchers',
    handler: vouchers.POST,
    staff: false,
    ok: 201,
    call: async () => ({ body: { code: `AUTH${randomUUID().slice(0, 6)}`, kind: 'PERCENT', value: 10 } }),
  },
  {
    name: 'get voucher',
    method: 'GET',
    path: '/vouchers/{id}',
    handler: voucher.GET,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.voucherId } }),
  },
  {
    name: 'edit voucher',
    method: 'PATCH',
    path: '/vouchers/{id}',
    handler: voucher.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.voucherId }, body: { isActive: false } }),
  },
  {
    name: 'list users',
    method: 'GET',
    path: '/users',
    handler: users.GET,
    staff: false,
    ok: 200,
    call: async () => ({ query: 'q=test.botica' }),
  },
  {
    name: 'edit user',
    method: 'PATCH',
    path: '/users/{id}',
    handler: user.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ params: { id: fixtures.customerId }, body: { vipUntil: null } }),
  },
  {
    name: 'metrics',
    method: 'GET',
    path: '/metrics',
    handler: metrics.GET,
    staff: false,
    ok: 200,
    call: async () => ({ query: 'from=2025-01-01&to=2025-01-31' }),
  },
  {
    name: 'audit log',
    method: 'GET',
    path: '/audit-log',
    handler: auditLog.GET,
    staff: false,
    ok: 200,
    call: async () => ({ query: 'entity=product' }),
  },
  {
    name: 'store settings',
    method: 'GET',
    path: '/settings',
    handler: storeSettings.GET,
    staff: false,
    ok: 200,
    call: async () => ({}),
  },
  {
    name: 'change store settings',
    method: 'PATCH',
    path: '/settings',
    handler: storeSettings.PATCH,
    staff: false,
    ok: 200,
    call: async () => ({ body: { cartTtlDays: 30 } }),
  },
];

// Returns, return decisions, refunds and reviews belong to other features, which test their own doors.
const OTHER_FEATURES = /^\/(returns|reviews)|\/(return-decision|refund)$/;

/** `METHOD /path` for every exported handler under app/api/v1/admin, read from the files themselves. */
function adminRouteHandlers(): string[] {
  const root = path.join(process.cwd(), 'app/api/v1/admin');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('route.ts'))
    .flatMap((file) => {
      const route = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}');
      if (OTHER_FEATURES.test(route)) return [];
      const source = readFileSync(path.join(root, file), 'utf8');
      return [...source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => `${m[1]} ${route}`);
    });
}

async function invoke(c: Case, as: Role | null) {
  session.userId = as ? accounts[as] : null;
  const { params = {}, body, query, form } = await c.call();
  const path = c.path.replace('{id}', params.id ?? '');
  const req = new NextRequest(`http://localhost/api/v1/admin${path}${query ? `?${query}` : ''}`, {
    method: c.method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    ...(form ? { body: form } : {}),
  });
  const res = await c.handler(req, { params: Promise.resolve(params) as Promise<never> });
  return { status: res.status, json: (await res.json()) as { error?: { code: string }; items?: unknown[] } };
}

describe('admin API authorization', () => {
  it('covers every admin route handler in app/api/v1/admin', () => {
    const tested = new Set(CASES.map((c) => `${c.method} ${c.path}`));
    expect(tested.size).toBe(CASES.length);
    expect(adminRouteHandlers().filter((h) => !tested.has(h))).toEqual([]);
  });

  describe.each(CASES)('$method $path ($name)', (c) => {
    it('answers 401 AUTH-REQUIRED to anonymous callers', async () => {
      expect(await invoke(c, null)).toMatchObject({ status: 401, json: { error: { code: 'AUTH-REQUIRED' } } });
    });

    it('answers 403 FORBIDDEN to customers, with no data', async () => {
      const { status, json } = await invoke(c, 'CUSTOMER');
      expect(status).toBe(403);
      expect(Object.keys(json)).toEqual(['error']);
      expect(json.error?.code).toBe('FORBIDDEN');
    });

    it(c.staff ? `lets STAFF in (${c.ok})` : 'answers 403 to STAFF', async () => {
      expect((await invoke(c, 'STAFF')).status).toBe(c.staff ? c.ok : 403);
    });

    it(`lets ADMIN in (${c.ok})`, async () => {
      expect((await invoke(c, 'ADMIN')).status).toBe(c.ok);
    });
  });
});
