import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cartItems, carts } from '@/db/schema';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool } from '@/lib/testing/test-db';
import { runIdempotent } from './run-idempotent';

describe('runIdempotent', () => {
  it('adds once for 20 concurrent add-to-cart calls with one key; the rest replay it or are told it is in flight', async () => {
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

    const [line] = await pool
      .select()
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.userId, user.id));
    expect(line!.cart_items.quantity).toBe(1);
    const codes = results.map((r) =>
      r.status === 'fulfilled' ? (r.value.replayed ? 'REPLAY' : 'FIRST') : (r.reason as { code: string }).code,
    );
    expect(codes.filter((c) => c === 'FIRST')).toHaveLength(1);
    // Duplicates never queue behind the first request: they replay its answer or get 409 at once.
    expect(codes.every((c) => ['FIRST', 'REPLAY', 'IDEMPOTENCY-IN-FLIGHT'].includes(c))).toBe(true);
    const again = await runIdempotent(pool, { scope: `cart:user:${user.id}`, key, body }, async () => ({
      status: 500,
      body: {},
    }));
    expect(again).toMatchObject({ status: 201, replayed: true, body: '{"ok":true}' });
    const replay = results.find((r) => r.status === 'fulfilled' && r.value.replayed);
    if (replay?.status === 'fulfilled') expect(replay.value.body).toBe('{"ok":true}');
  });

  it('answers 422 IDEMPOTENCY-KEY-REUSED for the same key with another body', async () => {
    const pool = createConcurrentPool(2);
    const work = async () => ({ status: 201, body: { ok: true } });
    await runIdempotent(pool, { scope: 'cart:user:x', key: 'key-0000-reuse', body: { a: 1 } }, work);
    await expect(
      runIdempotent(pool, { scope: 'cart:user:x', key: 'key-0000-reuse', body: { a: 2 } }, work),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY-KEY-REUSED', status: 422 });
  });

  it('stores a business refusal and replays it; a crash releases the key for a retry', async () => {
    const pool = createConcurrentPool(2);
    const { AppError } = await import('@/lib/errors');
    const refuse = async () => {
      throw new AppError({ code: 'MKT-STOCK', status: 409, message: 'Sin stock' });
    };
    await expect(runIdempotent(pool, { scope: 's', key: 'key-refusal-1', body: {} }, refuse)).rejects.toMatchObject({
      code: 'MKT-STOCK',
    });
    const replay = await runIdempotent(pool, { scope: 's', key: 'key-refusal-1', body: {} }, async () => ({
      status: 201,
      body: {},
    }));
    expect(replay).toMatchObject({ status: 409, replayed: true });

    await expect(
      runIdempotent(pool, { scope: 's', key: 'key-crash-01', body: {} }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const retried = await runIdempotent(pool, { scope: 's', key: 'key-crash-01', body: {} }, async () => ({
      status: 201,
      body: { retried: true },
    }));
    expect(retried).toMatchObject({ status: 201, replayed: false });
  });

  it('an answer stored early is replayed; a refusal after it replaces it (the savepoint takes it back)', async () => {
    const pool = createConcurrentPool(2);
    const { AppError } = await import('@/lib/errors');
    const success = { status: 201, body: { early: true } };
    const first = await runIdempotent(pool, { scope: 's', key: 'key-early-ok', body: {} }, async (_tx, early) => {
      await early.storeAnswer(success);
      return success;
    });
    expect(first).toEqual({ status: 201, body: '{"early":true}', replayed: false });
    const replay = await runIdempotent(pool, { scope: 's', key: 'key-early-ok', body: {} }, async () => ({
      status: 500,
      body: {},
    }));
    expect(replay).toEqual({ status: 201, body: '{"early":true}', replayed: true });

    await expect(
      runIdempotent(pool, { scope: 's', key: 'key-early-no', body: {} }, async (_tx, early) => {
        await early.storeAnswer(success);
        throw new AppError({ code: 'MKT-STOCK', status: 409, message: 'Sin stock' });
      }),
    ).rejects.toMatchObject({ code: 'MKT-STOCK' });
    const refused = await runIdempotent(pool, { scope: 's', key: 'key-early-no', body: {} }, async () => success);
    expect(refused).toMatchObject({ status: 409, replayed: true });
  });

  it('stores a refusal in the same commit that rolls back its effects; concurrent duplicates all get that answer', async () => {
    const pool = createConcurrentPool(12);
    const { AppError } = await import('@/lib/errors');
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 5 }] });
    const user = await createTestUser(pool);
    const body = { variantId: variants[0]!.id, quantity: 1 };
    const key = 'key-refused-concurrently';
    const attempt = () =>
      runIdempotent(pool, { scope: `s:${user.id}`, key, body }, async (tx) => {
        // An effect, then a refusal: the effect must not survive, the refusal must be the answer.
        await addCartItem(tx, { owner: { userId: user.id }, isVip: false, input: body });
        await new Promise((r) => setTimeout(r, 50));
        throw new AppError({ code: 'MKT-STOCK', status: 409, message: 'Sin stock' });
      });
    const results = await Promise.allSettled(Array.from({ length: 10 }, attempt));
    const codes = results.map((r) =>
      r.status === 'fulfilled' ? `REPLAY-${r.value.status}` : (r.reason as { code: string }).code,
    );
    expect(codes.filter((c) => c === 'MKT-STOCK')).toHaveLength(1);
    expect(codes.every((c) => ['MKT-STOCK', 'REPLAY-409', 'IDEMPOTENCY-IN-FLIGHT'].includes(c))).toBe(true);
    const lines = await pool
      .select()
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.userId, user.id));
    expect(lines).toHaveLength(0);
    const replay = await runIdempotent(pool, { scope: `s:${user.id}`, key, body }, async () => ({
      status: 201,
      body: {},
    }));
    expect(replay).toMatchObject({ status: 409, replayed: true });
    expect(JSON.parse(replay.body)).toMatchObject({ error: { code: 'MKT-STOCK' } });
  });
});
