import type { ShopperHint } from '@/lib/http/shopper-hint';
import type { MeSummary } from './get-me-summary';

/**
 * The islands' hint cookie that matches what the server knows (lib/http/shopper-hint.ts): a VIP, a
 * member, a guest with something in the cart, or nobody to ask about (null: the cookie is deleted).
 */
export function shopperHintFor(summary: MeSummary): ShopperHint | null {
  if (summary.user) return summary.user.isVip ? 'vip' : 'member';
  return summary.cartItemCount > 0 ? 'cart' : null;
}
