import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cartItems, carts } from '@/db/schema';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool } from '@/lib/testing/test-db';
import { runIdempotent } from './run-idempotent';

describe('runIdempotent', () => {
  it('adds once for 20 concurrent add-to-cart calls with one key; the rest wait for it and replay its answer', async () => {
    const pool = createConcurrentPool(25);
    const user = await createTestUser(pool);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 50 }] });
    const body = { variantId: variants[0]!.id, quantity: 1 };
    const key = '4f5e2c1a-0b7d-4c3e-9a8b-1234567890ab';

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        runIdempotent(pool, { scope: `cart:user:${user.id}`, key, body }, async (tx) => {
          await addCartItem(tx, { owner: { userId: user.id }, isVip: false, input: body });
          return { status: 201, body: { ok: true } };
        }),
      ),
    );

    const [line] = await pool.select().from(cartItems).innerJoin(carts, eq(carts.id, cartItems.cartId)).where(eq(carts.userId, user.id));
    expect(line!.cart_items.quantity).toBe(1);
    const codes = results.map((r) => (r.status === 'fulfilled' ? (r.value.replayed ? 'REPLAY' : 'FIRST') : (r.reason as { code: string }).code));
    expect(codes.filter((c) => c === 'FIRST')).toHaveLength(1);
    // The claim is an uncommitted row in the first request's transaction: the others wait on it
    // (well within lock_timeout here) and then replay the stored answer.
    expect(codes.filter((c) => c === 'REPLAY')).toHaveLength(19);
    const replay = results.find((r) => r.status === 'fulfilled' && r.value.replayed);
    if (replay?.status === 'fulfilled') expect(replay.value.body).toBe('{"ok":true}');
  });

  it('answers 422 IDEMPOTENCY-KEY-REUSED for the same key with another body', async () => {
    const pool = createConcurrentPool(2);
    const work = async () => ({ status: 201, body: { ok: true } });
    await runIdempotent(pool, { scope: 'cart:user:x', key: 'key-0000-reuse', body: { a: 1 } }, work);
    await expect(runIdempotent(pool, { scope: 'cart:user:x', key: 'key-0000-reuse', body: { a: 2 } }, work)).rejects.toMatchObject({ code: 'IDEMPOTENCY-KEY-REUSED', status: 422 });
  });

  it('stores a business refusal and replays it; a crash releases the key for a retry', async () => {
    const pool = createConcurrentPool(2);
    const { AppError } = await import('@/lib/errors');
    const refuse = async () => {
      throw new AppError({ code: 'MKT-STOCK', status: 409, message: 'Sin stock' });
    };
    await expect(runIdempotent(pool, { scope: 's', key: 'key-refusal-1', body: {} }, refuse)).rejects.toMatchObject({ code: 'MKT-STOCK' });
    const replay = await runIdempotent(pool, { scope: 's', key: 'key-refusal-1', body: {} }, async () => ({ status: 201, body: {} }));
    expect(replay).toMatchObject({ status: 409, replayed: true });

    await expect(runIdempotent(pool, { scope: 's', key: 'key-crash-01', body: {} }, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    const retried = await runIdempotent(pool, { scope: 's', key: 'key-crash-01', body: {} }, async () => ({ status: 201, body: { retried: true } }));
    expect(retried).toMatchObject({ status: 201, replayed: false });
  });
});
