import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviews, users } from '@/db/schema';
import { parseInput } from '@/lib/validation';
import { reviewRowFields } from './review-row';
import { reviewListQuerySchema, type ReviewSort } from './review-schemas';
import { toPublicReview, type PublicReview } from './review-view';

/** Visible reviews per star, 1 to 5. */
export type RatingHistogram = Record<1 | 2 | 3 | 4 | 5, number>;

export type ReviewSummary = { average: number; count: number; histogram: RatingHistogram };

export type ReviewPage = ReviewSummary & {
  items: PublicReview[];
  page: number;
  pageSize: number;
  total: number;
  sort: ReviewSort;
};

const ORDER_BY = {
  newest: [desc(reviews.createdAt), desc(reviews.id)],
  highest: [desc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  lowest: [asc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
} as const;

/** Average (2 decimals, as stored on the product) and histogram of the product's visible reviews. */
export async function getReviewSummary(db: Db, productId: string): Promise<ReviewSummary> {
  const rows = await db
    .select({ rating: reviews.rating, n: sql<number>`count(*)::int` })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.isVisible, true)))
    .groupBy(reviews.rating);
  const histogram: RatingHistogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let count = 0;
  let sum = 0;
  for (const row of rows) {
    histogram[row.rating as keyof RatingHistogram] = row.n;
    count += row.n;
    sum += row.rating * row.n;
  }
  // Integer half-up rounding to hundredths, the same figure as PostgreSQL's ROUND(AVG(rating), 2).
  const hundredths = count === 0 ? 0 : Math.floor((sum * 200 + count) / (2 * count));
  return { average: hundredths / 100, count, histogram };
}

/** One page of a product's visible reviews, sorted newest, highest or lowest, with the summary. */
export async function listProductReviews(db: Db, args: { productId: string; query: unknown }): Promise<ReviewPage> {
  const query = parseInput(reviewListQuerySchema, args.query);
  const [summary, rows] = await Promise.all([
    getReviewSummary(db, args.productId),
    db
      .select(reviewRowFields)
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .where(and(eq(reviews.productId, args.productId), eq(reviews.isVisible, true)))
      .orderBy(...ORDER_BY[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return {
    ...summary,
    items: rows.map(toPublicReview),
    page: query.page,
    pageSize: query.pageSize,
    total: summary.count,
    sort: query.sort,
  };
}
