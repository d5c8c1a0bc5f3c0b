import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { products, reviews, users } from '@/db/schema';
import { parseInput } from '@/lib/validation';
import { reviewRowFields } from './review-row';
import { moderationListQuerySchema, type ModerationListQuery } from './review-schemas';

export type ModerationReview = {
  id: string;
  rating: number;
  title: string;
  comment: string;
  isVisible: boolean;
  isVerifiedPurchase: boolean;
  adminResponse: string | null;
  adminRespondedAt: string | null;
  createdAt: string;
  updatedAt: string;
  product: { id: string; slug: string; name: string };
  /** Staff see who wrote it (full name and email), unlike the public list. */
  author: { id: string; name: string; email: string };
};

export type ModerationPage = {
  items: ModerationReview[];
  page: number;
  pageSize: number;
  total: number;
  query: ModerationListQuery;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every review, hidden ones included, newest first, for the moderation table and its API. */
export async function listReviewsForModeration(db: Db, args: { query: unknown }): Promise<ModerationPage> {
  const query = parseInput(moderationListQuerySchema, args.query);
  const filters: SQL[] = [];
  if (query.visibility !== 'all') filters.push(eq(reviews.isVisible, query.visibility === 'visible'));
  if (query.rating !== undefined) filters.push(eq(reviews.rating, query.rating));
  if (query.product) {
    const pattern = `%${escapeLike(query.product)}%`;
    const productMatch = or(ilike(products.name, pattern), ilike(products.slug, pattern));
    if (productMatch) filters.push(productMatch);
  }
  const where = filters.length > 0 ? and(...filters) : undefined;

  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        ...reviewRowFields,
        userId: users.id,
        email: users.email,
        productSlug: products.slug,
        productName: products.name,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(products, eq(products.id, reviews.productId))
      .where(where)
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(reviews).innerJoin(products, eq(products.id, reviews.productId)).where(where),
  ]);

  return {
    items: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      title: r.title,
      comment: r.comment,
      isVisible: r.isVisible,
      isVerifiedPurchase: r.isVerifiedPurchase,
      adminResponse: r.adminResponse,
      adminRespondedAt: r.adminRespondedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      product: { id: r.productId, slug: r.productSlug, name: r.productName },
      author: { id: r.userId, name: r.authorName, email: r.email },
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: totalRow?.n ?? 0,
    query,
  };
}
