import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { carts } from '@/db/schema';

/** Who a cart belongs to: a signed-in user, or a guest holding a cart cookie. */
export type CartOwner = { userId: string } | { guestTokenHash: string };

export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function ownerFilter(owner: CartOwner) {
  return 'userId' in owner ? eq(carts.userId, owner.userId) : eq(carts.guestTokenHash, owner.guestTokenHash);
}

/** The owner's cart id, or null when they have none yet (reads never create carts). */
export async function findCartId(db: Db, owner: CartOwner): Promise<string | null> {
  const [cart] = await db.select({ id: carts.id }).from(carts).where(ownerFilter(owner)).limit(1);
  return cart?.id ?? null;
}

/**
 * Gets or creates the owner's cart and takes its row lock, so concurrent writes to one cart
 * (limits on lines, merges) are serialised. Also stamps the last activity used by cart cleanup.
 */
export async function lockOrCreateCart(tx: Db, owner: CartOwner): Promise<string> {
  const rows =
    'userId' in owner
      ? await tx.execute<{ id: string }>(sql`
          INSERT INTO carts (user_id) VALUES (${owner.userId})
          ON CONFLICT (user_id) WHERE user_id IS NOT NULL DO UPDATE SET last_activity_at = now()
          RETURNING id`)
      : await tx.execute<{ id: string }>(sql`
          INSERT INTO carts (guest_token_hash) VALUES (${owner.guestTokenHash})
          ON CONFLICT (guest_token_hash) WHERE guest_token_hash IS NOT NULL DO UPDATE SET last_activity_at = now()
          RETURNING id`);
  const id = rows[0]?.id;
  if (!id) throw new Error('cart upsert returned no row');
  return id;
}
