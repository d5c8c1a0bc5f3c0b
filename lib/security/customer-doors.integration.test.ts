import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cartItems, carts, orders, paymentAttempts, paymentTransactions } from '@/db/schema';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { createOrderIn, createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

/**
 * The security matrix, customer half: every customer door (API route and server action) that takes
 * a resource id, tried by another signed-in shopper against the owner's resource → 404 NOT-FOUND,
 * and the resource untouched. (Reviews: lib/reviews/review-doors.integration.test.ts; admin doors ×
 * roles: lib/admin/authorization/admin-doors and admin-routes integration tests.)
 */
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '10.20.30.40' }),
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

const orderRoute = await import('@/app/api/v1/orders/[id]/route');
const cancelRoute = await import('@/app/api/v1/orders/[id]/cancel/route');
const paymentRoute = await import('@/app/api/v1/orders/[id]/payment/route');
const returnsRoute = await import('@/app/api/v1/orders/[id]/returns/route');
const paymentResultRoute = await import('@/app/api/v1/payments/[transactionId]/route');
const cartItemRoute = await import('@/app/api/v1/cart/items/[itemId]/route');
const { cancelOrderAction } = await import('@/lib/actions/orders/cancel-order-action');
const { payOrderAction } = await import('@/lib/actions/orders/pay-order-action');
const { requestReturnAction } = await import('@/lib/actions/returns/request-return-action');
const { updateCartItemAction } = await import('@/lib/actions/cart/update-cart-item-action');
const { removeCartItemAction } = await import('@/lib/actions/cart/remove-cart-item-action');

function req(path: string, method = 'GET', body?: unknown) {
  return new NextRequest(`http://localhost${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const owner = {} as {
  id: string;
  pendingOrderId: string;
  deliveredOrderId: string;
  deliveredItemId: string;
  cartItemId: string;
  transactionId: string;
};
let strangerId: string;

beforeAll(async () => {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: 50, priceCents: 4_990_000 }] });
  const variantId = variants[0]!.id;
  const [ownerId, otherId] = await createShoppersWithCarts(db, { count: 2, lines: () => [] });
  owner.id = ownerId!;
  strangerId = otherId!;
  const pending = await createOrderIn(db, {
    userId: owner.id,
    lines: [{ variantId, quantity: 1 }],
    to: 'PENDING_PAYMENT',
  });
  owner.pendingOrderId = pending.id;
  const payment = await db.transaction((tx) => createPaymentSessionForOrder(tx, pending));
  const [attempt] = await db.select().from(paymentAttempts).where(eq(paymentAttempts.reference, payment.reference));
  owner.transactionId = `trx-owner-${crypto.randomUUID().slice(0, 8)}`;
  await db.insert(paymentTransactions).values({
    attemptId: attempt!.id,
    orderId: pending.id,
    providerTransactionId: owner.transactionId,
    status: 'PENDING',
    amountCents: pending.totalCents,
    currency: 'COP',
    rawPayload: {},
  });
  const delivered = await createOrderIn(db, { userId: owner.id, lines: [{ variantId, quantity: 1 }], to: 'DELIVERED' });
  owner.deliveredOrderId = delivered.id;
  const { orderItems } = await import('@/db/schema');
  owner.deliveredItemId = (await db.select().from(orderItems).where(eq(orderItems.orderId, delivered.id)))[0]!.id;
  const [cart] = await db.select().from(carts).where(eq(carts.userId, owner.id));
  const [item] = await db
    .insert(cartItems)
    .values({ cartId: cart!.id, variantId, quantity: 1, seenUnitPriceCents: 0 })
    .returning();
  owner.cartItemId = item!.id;
});

type Door = { name: string; call: () => Promise<{ status: number; code?: string; message?: string }> };
const api = (fn: () => Promise<Response>) => async () => {
  const res = await fn();
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  return { status: res.status, code: body.error?.code, message: body.error?.message };
};
const action = (fn: () => Promise<{ ok: boolean; code?: string; message?: string }>) => async () => {
  const state = await fn();
  return { status: state.ok ? 200 : state.code === 'NOT-FOUND' ? 404 : 400, code: state.code, message: state.message };
};

const doors: Door[] = [
  {
    name: 'GET /api/v1/orders/:id',
    call: api(() =>
      orderRoute.GET(req(`/api/v1/orders/${owner.pendingOrderId}`), params({ id: owner.pendingOrderId })),
    ),
  },
  {
    name: 'POST /api/v1/orders/:id/cancel',
    call: api(() =>
      cancelRoute.POST(
        req(`/api/v1/orders/${owner.pendingOrderId}/cancel`, 'POST', {}),
        params({ id: owner.pendingOrderId }),
      ),
    ),
  },
  {
    name: 'POST /api/v1/orders/:id/payment',
    call: api(() =>
      paymentRoute.POST(
        req(`/api/v1/orders/${owner.pendingOrderId}/payment`, 'POST', {}),
        params({ id: owner.pendingOrderId }),
      ),
    ),
  },
  {
    name: 'POST /api/v1/orders/:id/returns',
    call: api(() =>
      returnsRoute.POST(
        req(`/api/v1/orders/${owner.deliveredOrderId}/returns`, 'POST', {
          items: [{ orderItemId: owner.deliveredItemId, quantity: 1 }],
          reason: 'No me gustó el aroma del producto',
        }),
        params({ id: owner.deliveredOrderId }),
      ),
    ),
  },
  {
    name: 'GET /api/v1/payments/:transactionId',
    call: api(() =>
      paymentResultRoute.GET(
        req(`/api/v1/payments/${owner.transactionId}`),
        params({ transactionId: owner.transactionId }),
      ),
    ),
  },
  {
    name: 'PATCH /api/v1/cart/items/:itemId',
    call: api(() =>
      cartItemRoute.PATCH(
        req(`/api/v1/cart/items/${owner.cartItemId}`, 'PATCH', { quantity: 3 }),
        params({ itemId: owner.cartItemId }),
      ),
    ),
  },
  {
    name: 'DELETE /api/v1/cart/items/:itemId',
    call: api(() =>
      cartItemRoute.DELETE(
        req(`/api/v1/cart/items/${owner.cartItemId}`, 'DELETE'),
        params({ itemId: owner.cartItemId }),
      ),
    ),
  },
  {
    name: 'cancelOrderAction',
    call: action(() => cancelOrderAction({ ok: false }, form({ orderId: owner.pendingOrderId }))),
  },
  {
    name: 'payOrderAction',
    call: action(() => payOrderAction({ ok: false }, form({ orderId: owner.pendingOrderId }))),
  },
  {
    name: 'requestReturnAction',
    call: action(() =>
      requestReturnAction(
        { ok: false },
        form({
          orderId: owner.deliveredOrderId,
          [`qty:${owner.deliveredItemId}`]: '1',
          reason: 'No me gustó el aroma del producto',
        }),
      ),
    ),
  },
  { name: 'updateCartItemAction', call: action(() => updateCartItemAction({ itemId: owner.cartItemId, quantity: 3 })) },
  { name: 'removeCartItemAction', call: action(() => removeCartItemAction({ itemId: owner.cartItemId })) },
];

describe("customer doors × another shopper's resource", () => {
  it.each(doors.map((d) => [d.name, d]))('%s → 404', async (_name, door) => {
    session.userId = strangerId;
    const result = await door.call();
    expect(result).toMatchObject({ status: 404, code: 'NOT-FOUND' });
  });

  it("left every one of the owner's resources as it was", async () => {
    const db = testDb();
    const [pending] = await db.select().from(orders).where(eq(orders.id, owner.pendingOrderId));
    expect(pending!.status).toBe('PENDING_PAYMENT');
    const [item] = await db.select().from(cartItems).where(eq(cartItems.id, owner.cartItemId));
    expect(item!.quantity).toBe(1);
  });

  it('answers an unknown payment and a stranger’s payment with the same 404 message, without asking Wompi', async () => {
    session.userId = strangerId;
    const get = async (transactionId: string) =>
      (await paymentResultRoute.GET(req(`/api/v1/payments/${transactionId}`), params({ transactionId }))).json();
    const foreign = (await get(owner.transactionId)) as { error: { message: string } };
    const unknown = (await get('trx-does-not-exist')) as { error: { message: string } };
    // No Wompi is running in this file: had either lookup asked Wompi, the answer would be 503.
    expect(foreign.error).toEqual(unknown.error);
  });
});
