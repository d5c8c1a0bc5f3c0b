import { sql } from 'drizzle-orm';
import { reviews, users } from '@/db/schema';
import { verifiedPurchaseSql } from './verified-purchase';

/**
 * The columns of a ReviewRow, for selects `FROM reviews JOIN users`. The verified-purchase test names
 * `reviews.*` by hand: drizzle may print a lone column unqualified, which inside the EXISTS would bind
 * to order_items.product_id / orders.user_id instead and make every review "verified".
 */
export const reviewRowFields = {
  id: reviews.id,
  productId: reviews.productId,
  rating: reviews.rating,
  title: reviews.title,
  comment: reviews.comment,
  authorName: users.name,
  isVerifiedPurchase: verifiedPurchaseSql(sql.raw('reviews.user_id'), sql.raw('reviews.product_id')),
  isVisible: reviews.isVisible,
  adminResponse: reviews.adminResponse,
  adminRespondedAt: reviews.adminRespondedAt,
  createdAt: reviews.createdAt,
  updatedAt: reviews.updatedAt,
};
