import { cache } from 'react';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { emptyCart, getCartView, type CartView } from '@/lib/cart/get-cart-view';
import type { CartOwner } from '@/lib/cart/cart-owner';
import { clientIp } from './client-ip';
import { readCartOwner, writableCartOwner } from './cart-session';
import { enforceNamedRateLimit } from './rate-limit-door';

/** For cart reads (route handlers, actions, pages): who is shopping; `owner` is null before any cart exists. */
export async function readCartActor() {
  const user = await getCurrentUser();
  return { user, owner: await readCartOwner(user), isVip: user?.isVip ?? false };
}

/** For cart route handlers' writes: rate limited per user or IP, and creates the guest cookie on first use. */
export async function writeCartActor(headers: Headers) {
  const user = await getCurrentUser();
  await enforceNamedRateLimit('cart', { userId: user?.id ?? null, ip: clientIp(headers) });
  return { user, owner: await writableCartOwner(user), isVip: user?.isVip ?? false };
}

/**
 * The cart as pages show it. The header's mini-cart and the cart page both read it: `cache()` makes
 * that one query per server render. Keyed by primitives, since cache() compares arguments by identity.
 */
export async function cartViewFor(owner: CartOwner | null, isVip: boolean): Promise<CartView> {
  if (!owner) return emptyCart;
  return 'userId' in owner ? cartViewOf('user', owner.userId, isVip) : cartViewOf('guest', owner.guestTokenHash, isVip);
}

const cartViewOf = cache(async (kind: 'user' | 'guest', id: string, isVip: boolean): Promise<CartView> => {
  const owner: CartOwner = kind === 'user' ? { userId: id } : { guestTokenHash: id };
  return getCartView(getDb(), { owner, isVip });
});

export function idempotencyScope(owner: CartOwner): string {
  return 'userId' in owner ? `cart:user:${owner.userId}` : `cart:guest:${owner.guestTokenHash}`;
}
