import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, orderItems, orders, products, reviews } from '@/db/schema';
import { decideReturn } from '@/lib/returns/decide-return';
import { requestReturn } from '@/lib/returns/request-return';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { createReview } from './create-review';
import { deleteReview } from './delete-review';
import { getOwnReview } from './get-own-review';
import { listProductReviews } from './list-product-reviews';
import { listReviewsForModeration } from './list-reviews-for-moderation';
import { moderateReview } from './moderate-review';
import { updateReview } from './update-review';

const db = () => testDb();

async function productWithStock(stock = 50) {
  const { product, variants } = await createTestProduct(db(), {
    variants: [{ initialStock: stock, priceCents: 4_000_000 }],
  });
  return { product, variantId: variants[0]!.id };
}

/** The stored denormalised rating next to what SQL computes from the visible reviews. */
async function ratingOf(productId: string) {
  const [stored] = await db()
    .select({ average: products.ratingAverage, count: products.ratingCount })
    .from(products)
    .where(eq(products.id, productId));
  const [truth] = await db().execute<{ average: string | null; count: number }>(
    sql`SELECT ROUND(AVG(rating)::numeric, 2) AS average, COUNT(*)::int AS count FROM reviews WHERE product_id = ${productId} AND is_visible`,
  );
  return {
    stored: { average: Number(stored!.average), count: stored!.count },
    truth: { average: Number(truth!.average ?? 0), count: Number(truth!.count) },
  };
}

const review = (userId: string, productId: string, rating: number, text = 'Muy bueno') =>
  createReview(db(), { userId, productId, input: { rating, title: text } });

describe('verified purchase', () => {
  it('is granted for delivered orders (also once refunded) and never for undelivered ones or from the client', async () => {
    const { product, variantId } = await productWithStock();
    const delivered = await createOrderIn(db(), { lines: [{ variantId, quantity: 1 }], to: 'DELIVERED' });
    const paidOnly = await createOrderIn(db(), { lines: [{ variantId, quantity: 1 }], to: 'PAID' });
    const pending = await createOrderIn(db(), { lines: [{ variantId, quantity: 1 }], to: 'PENDING_PAYMENT' });
    const refunded = await createOrderIn(db(), { lines: [{ variantId, quantity: 1 }], to: 'DELIVERED' });
    const [line] = await db().select().from(orderItems).where(eq(orderItems.orderId, refunded.id));
    await requestReturn(db(), {
      orderId: refunded.id,
      userId: refunded.userId,
      input: { items: [{ orderItemId: line!.id, quantity: 1 }], reason: 'No era lo que esperaba' },
    });
    const admin = await createTestUser(db(), { role: 'ADMIN' });
    await decideReturn(db(), {
      orderId: refunded.id,
      actorId: admin.id,
      input: { decision: 'APPROVE', items: [{ orderItemId: line!.id, quantity: 1, restock: true }] },
    });
    const [refundedNow] = await db().select({ status: orders.status }).from(orders).where(eq(orders.id, refunded.id));
    expect(refundedNow!.status).toBe('REFUNDED');
    const stranger = await createTestUser(db());

    // A client trying to claim the badge is ignored: the field is not part of the input.
    const mine = await createReview(db(), {
      userId: delivered.userId,
      productId: product.id,
      input: { rating: 5, title: 'Me encantó', isVerifiedPurchase: false },
    });
    expect(mine.isVerifiedPurchase).toBe(true);
    expect(
      (
        await createReview(db(), {
          userId: paidOnly.userId,
          productId: product.id,
          input: { rating: 4, title: 'Aún no llega' },
        })
      ).isVerifiedPurchase,
    ).toBe(false);
    expect(
      (
        await createReview(db(), {
          userId: pending.userId,
          productId: product.id,
          input: { rating: 4, title: 'Sin pagar' },
        })
      ).isVerifiedPurchase,
    ).toBe(false);
    expect(
      (
        await createReview(db(), {
          userId: refunded.userId,
          productId: product.id,
          input: { rating: 2, title: 'Lo devolví' },
        })
      ).isVerifiedPurchase,
    ).toBe(true);
    expect(
      (
        await createReview(db(), {
          userId: stranger.id,
          productId: product.id,
          input: { rating: 3, comment: 'Lo probé en el spa', isVerifiedPurchase: true },
        })
      ).isVerifiedPurchase,
    ).toBe(false);

    const page = await listProductReviews(db(), { productId: product.id, query: {} });
    const badgeByTitle = Object.fromEntries(page.items.map((r) => [r.title || r.comment, r.isVerifiedPurchase]));
    expect(badgeByTitle).toEqual({
      'Me encantó': true,
      'Aún no llega': false,
      'Sin pagar': false,
      'Lo devolví': true,
      'Lo probé en el spa': false,
    });
  });

  it('appears once the order is delivered, even after the review was written', async () => {
    const { product, variantId } = await productWithStock();
    const order = await createOrderIn(db(), { lines: [{ variantId, quantity: 1 }], to: 'PAID' });
    await review(order.userId, product.id, 5);
    expect((await getOwnReview(db(), { userId: order.userId, productId: product.id }))!.isVerifiedPurchase).toBe(false);
    // Delivered without the timestamp (a status moved by hand): the status history still proves it.
    await db().execute(
      sql`INSERT INTO order_status_history (order_id, from_status, to_status, actor_type) VALUES (${order.id}, 'SHIPPED', 'DELIVERED', 'STAFF')`,
    );
    expect((await getOwnReview(db(), { userId: order.userId, productId: product.id }))!.isVerifiedPurchase).toBe(true);
  });

  it('does not count a delivered order of another product', async () => {
    const { variantId: otherVariant } = await productWithStock();
    const { product } = await productWithStock();
    const order = await createOrderIn(db(), { lines: [{ variantId: otherVariant, quantity: 1 }], to: 'DELIVERED' });
    expect((await review(order.userId, product.id, 4)).isVerifiedPurchase).toBe(false);
  });
});

describe('one review per shopper and product', () => {
  it('two simultaneous first reviews leave one row; the other is 409 REVIEW-EXISTS', async () => {
    const { product } = await productWithStock();
    const user = await createTestUser(db());
    const pool = createConcurrentPool(4);
    const results = await Promise.allSettled([
      createReview(pool, { userId: user.id, productId: product.id, input: { rating: 5, title: 'Primera' } }),
      createReview(pool, { userId: user.id, productId: product.id, input: { rating: 1, title: 'Segunda' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({ code: 'REVIEW-EXISTS', status: 409 });
    const rows = await db()
      .select()
      .from(reviews)
      .where(and(eq(reviews.userId, user.id), eq(reviews.productId, product.id)));
    expect(rows).toHaveLength(1);
    const { stored } = await ratingOf(product.id);
    expect(stored).toEqual({ average: rows[0]!.rating, count: 1 });
  });
});

describe('rating average and count', () => {
  it('follow create, edit, hide, unhide and delete', async () => {
    const { product } = await productWithStock();
    const [a, b, c] = await Promise.all([createTestUser(db()), createTestUser(db()), createTestUser(db())]);
    const staff = await createTestUser(db(), { role: 'STAFF' });
    const ra = await review(a!.id, product.id, 5);
    const rb = await review(b!.id, product.id, 4);
    await review(c!.id, product.id, 1);
    expect((await ratingOf(product.id)).stored).toEqual({ average: 3.33, count: 3 });

    await updateReview(db(), { userId: b!.id, reviewId: rb.id, input: { rating: 2 } });
    expect((await ratingOf(product.id)).stored).toEqual({ average: 2.67, count: 3 });

    await moderateReview(db(), { reviewId: ra.id, actor: { id: staff.id }, input: { isVisible: false } });
    expect((await ratingOf(product.id)).stored).toEqual({ average: 1.5, count: 2 });
    const publicPage = await listProductReviews(db(), { productId: product.id, query: {} });
    expect(publicPage.items.map((r) => r.id)).not.toContain(ra.id);
    expect(publicPage).toMatchObject({ average: 1.5, count: 2, total: 2, histogram: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0 } });

    await moderateReview(db(), { reviewId: ra.id, actor: { id: staff.id }, input: { isVisible: true } });
    expect((await ratingOf(product.id)).stored).toEqual({ average: 2.67, count: 3 });

    await deleteReview(db(), {
      userId: c!.id,
      reviewId: (await getOwnReview(db(), { userId: c!.id, productId: product.id }))!.id,
    });
    expect((await ratingOf(product.id)).stored).toEqual({ average: 3.5, count: 2 });
    await deleteReview(db(), { userId: a!.id, reviewId: ra.id });
    await deleteReview(db(), { userId: b!.id, reviewId: rb.id });
    expect((await ratingOf(product.id)).stored).toEqual({ average: 0, count: 0 });

    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'review'), eq(auditLog.entityId, ra.id)));
    expect(audit.map((e) => e.action).sort()).toEqual(['review.hidden', 'review.shown']);
    expect(audit.every((e) => e.actorId === staff.id)).toBe(true);
  });

  it('equal the SQL average of visible reviews after 20 simultaneous reviews and concurrent moderation', async () => {
    const { product } = await productWithStock();
    const staff = await createTestUser(db(), { role: 'STAFF' });
    const shoppers = await Promise.all(Array.from({ length: 20 }, () => createTestUser(db())));
    const pool = createConcurrentPool(20);
    const created = await Promise.all(
      shoppers.map((u, i) =>
        createReview(pool, {
          userId: u.id,
          productId: product.id,
          input: { rating: (i % 5) + 1, comment: `Reseña ${i}` },
        }),
      ),
    );
    let { stored, truth } = await ratingOf(product.id);
    expect(truth.count).toBe(20);
    expect(stored).toEqual(truth);

    // Hides, edits and deletes racing each other on the same product.
    await Promise.all([
      ...created
        .slice(0, 5)
        .map((r) => moderateReview(pool, { reviewId: r.id, actor: { id: staff.id }, input: { isVisible: false } })),
      ...created
        .slice(5, 10)
        .map((r, i) => updateReview(pool, { userId: shoppers[5 + i]!.id, reviewId: r.id, input: { rating: 5 } })),
      ...created.slice(10, 13).map((r, i) => deleteReview(pool, { userId: shoppers[10 + i]!.id, reviewId: r.id })),
    ]);
    ({ stored, truth } = await ratingOf(product.id));
    expect(truth.count).toBe(12);
    expect(stored).toEqual(truth);
    expect((await listProductReviews(db(), { productId: product.id, query: {} })).average).toBe(truth.average);
  });
});

describe('bad input', () => {
  it('rating 0 or 6 and a missing title and comment are 400 VALIDATION with field messages', async () => {
    const { product } = await productWithStock();
    const user = await createTestUser(db());
    for (const rating of [0, 6, 3.5, 'cinco']) {
      await expect(
        createReview(db(), { userId: user.id, productId: product.id, input: { rating, title: 'Hola' } }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        status: 400,
        details: { fields: { rating: 'Elige una calificación de 1 a 5 estrellas.' } },
      });
    }
    await expect(
      createReview(db(), { userId: user.id, productId: product.id, input: { rating: 4, title: '   ', comment: '' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: {
        fields: { title: 'Escribe un título o un comentario.', comment: 'Escribe un título o un comentario.' },
      },
    });
    await expect(
      createReview(db(), { userId: user.id, productId: product.id, input: { rating: 4, title: 'x'.repeat(121) } }),
    ).rejects.toMatchObject({
      details: { fields: { title: 'El título admite hasta 120 caracteres.' } },
    });
    expect(await db().select().from(reviews).where(eq(reviews.productId, product.id))).toHaveLength(0);
  });

  it('editing or deleting someone else’s review is 404, and so is an edit that empties the text', async () => {
    const { product } = await productWithStock();
    const [author, other] = await Promise.all([createTestUser(db()), createTestUser(db())]);
    const mine = await review(author!.id, product.id, 4, 'Rico aroma');
    await expect(
      updateReview(db(), { userId: other!.id, reviewId: mine.id, input: { rating: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND', status: 404 });
    await expect(deleteReview(db(), { userId: other!.id, reviewId: mine.id })).rejects.toMatchObject({
      code: 'NOT-FOUND',
      status: 404,
    });
    await expect(
      updateReview(db(), { userId: author!.id, reviewId: 'no-es-un-id', input: { rating: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND' });
    await expect(
      updateReview(db(), { userId: author!.id, reviewId: mine.id, input: { title: '' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const [row] = await db().select().from(reviews).where(eq(reviews.id, mine.id));
    expect(row).toMatchObject({ rating: 4, title: 'Rico aroma' });
  });

  it('keeps a script tag as literal text', async () => {
    const { product } = await productWithStock();
    const user = await createTestUser(db());
    const comment = '<script>alert("hola")</script> <b>negrita</b> & más';
    await createReview(db(), { userId: user.id, productId: product.id, input: { rating: 3, comment } });
    const page = await listProductReviews(db(), { productId: product.id, query: {} });
    expect(page.items[0]!.comment).toBe(comment);
  });

  it('refuses reviews of products shoppers cannot see', async () => {
    const user = await createTestUser(db());
    const { product: inactive } = await createTestProduct(db(), { product: { isActive: false } });
    const { product: deleted } = await createTestProduct(db(), { product: { deletedAt: new Date() } });
    for (const p of [inactive, deleted]) {
      await expect(review(user.id, p.id, 5)).rejects.toMatchObject({ code: 'NOT-FOUND', status: 404 });
    }
  });
});

describe('public list and moderation', () => {
  it('sorts newest, highest and lowest, paginates, and shows the shop answer under the review', async () => {
    const { product } = await productWithStock();
    const staff = await createTestUser(db(), { role: 'ADMIN' });
    const users = await Promise.all([1, 2, 3, 4, 5].map((n) => createTestUser(db(), { name: `Cliente Número${n}` })));
    const written = [];
    for (const [i, u] of users.entries()) {
      written.push(await review(u.id, product.id, [3, 5, 1, 4, 2][i]!, `Reseña ${i}`));
      await db()
        .update(reviews)
        .set({ createdAt: new Date(Date.UTC(2026, 0, i + 1)) })
        .where(eq(reviews.id, written[i]!.id));
    }
    const titles = async (query: Record<string, unknown>) =>
      (await listProductReviews(db(), { productId: product.id, query })).items.map((r) => r.rating);
    expect(await titles({ sort: 'newest' })).toEqual([2, 4, 1, 5, 3]);
    expect(await titles({ sort: 'highest' })).toEqual([5, 4, 3, 2, 1]);
    expect(await titles({ sort: 'lowest', pageSize: 2, page: 2 })).toEqual([3, 4]);
    await expect(listProductReviews(db(), { productId: product.id, query: { sort: 'random' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });

    await moderateReview(db(), {
      reviewId: written[2]!.id,
      actor: { id: staff.id },
      input: { adminResponse: '  Lamentamos tu experiencia; escríbenos.  ' },
    });
    const page = await listProductReviews(db(), { productId: product.id, query: { sort: 'lowest', pageSize: 1 } });
    expect(page.items[0]).toMatchObject({
      authorName: 'Cliente N.',
      adminResponse: 'Lamentamos tu experiencia; escríbenos.',
    });
    expect(page.items[0]!.adminRespondedAt).not.toBeNull();

    const hidden = await listReviewsForModeration(db(), {
      query: { visibility: 'visible', rating: '1', product: product.slug },
    });
    expect(hidden.items.map((r) => r.id)).toEqual([written[2]!.id]);
    expect(hidden.items[0]!.author.email).toContain('@');
    await expect(
      moderateReview(db(), { reviewId: written[2]!.id, actor: { id: staff.id }, input: {} }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const removed = await moderateReview(db(), {
      reviewId: written[2]!.id,
      actor: { id: staff.id },
      input: { adminResponse: '' },
    });
    expect(removed).toMatchObject({ adminResponse: null, adminRespondedAt: null });
  });
});
