import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { productVariants, products, restockSubscriptions, users } from '@/db/schema';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { createNotifications } from '@/lib/notifications/create-notifications';

export type RestockBatchResult = {
  notified: number;
  hasMore: boolean;
  stopped: 'unavailable' | null;
  emailIds: string[];
};

export const RESTOCK_BATCH_SIZE = 100;

/**
 * #31, one batch of the fan-out: takes up to `batchSize` active subscriptions for the variant (SKIP
 * LOCKED, so parallel workers split the list), and in one transaction writes their notification and
 * email and marks them notified with this restock's event id. A notified subscription is no longer
 * active, so each subscription is told once, and a second restock finds nobody left to tell. If the
 * variant sold out again (or was unlisted) before its turn, the rest stay subscribed for next time.
 */
export async function notifyRestockBatch(
  db: Database,
  args: { variantId: string; eventId: string; batchSize?: number; log?: Logger },
): Promise<RestockBatchResult> {
  const batchSize = args.batchSize ?? RESTOCK_BATCH_SIZE;
  const [variant] = await db
    .select({
      variantName: productVariants.name,
      productName: products.name,
      slug: products.slug,
      available: sql<number>`(${productVariants.stock} - ${productVariants.reservedStock})::int`,
      isListed: sql<boolean>`${products.isActive} AND ${products.deletedAt} IS NULL`,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, args.variantId));
  if (!variant || !variant.isListed || variant.available <= 0)
    return { notified: 0, hasMore: false, stopped: 'unavailable', emailIds: [] };

  const href = `/productos/${variant.slug}`;
  const label = `${variant.productName} (${variant.variantName})`;
  const title = `Volvió: ${label}`;
  const body = `${label} está disponible otra vez. Las unidades son limitadas.`;
  const email = await renderNoticeEmail(`${title} · Botica`, {
    preview: body,
    heading: '¡Ya volvió!',
    greeting: 'Hola:',
    paragraphs: [body, 'Te escribimos porque pediste que te avisáramos. Este aviso se envía una sola vez.'],
    cta: { label: 'Ver el producto', href: absoluteUrl(href) },
  });

  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: restockSubscriptions.id, userId: restockSubscriptions.userId, email: users.email })
      .from(restockSubscriptions)
      .innerJoin(users, eq(users.id, restockSubscriptions.userId))
      .where(and(eq(restockSubscriptions.variantId, args.variantId), isNull(restockSubscriptions.notifiedAt)))
      .orderBy(asc(restockSubscriptions.createdAt))
      .limit(batchSize)
      .for('update', { of: restockSubscriptions, skipLocked: true });
    if (due.length === 0) return { notified: 0, hasMore: false, stopped: null, emailIds: [] };
    await createNotifications(
      tx,
      due.map((s) => ({ userId: s.userId, kind: 'RESTOCK' as const, dedupeKey: `restock:${s.id}`, title, body, href })),
    );
    const emailIds = await queueEmails(
      tx,
      due.map((s) => ({
        dedupeKey: `restock:${s.id}`,
        kind: 'RESTOCK' as const,
        userId: s.userId,
        to: s.email,
        ...email,
      })),
    );
    await tx
      .update(restockSubscriptions)
      .set({ notifiedAt: sql`now()`, restockEventId: args.eventId })
      .where(
        inArray(
          restockSubscriptions.id,
          due.map((s) => s.id),
        ),
      );
    (args.log ?? logger).info(
      { variantId: args.variantId, eventId: args.eventId, notified: due.length },
      'restock.notified_batch',
    );
    return { notified: due.length, hasMore: due.length === batchSize, stopped: null, emailIds };
  });
}

/** The whole fan-out in one call (the embedded runner); Inngest runs one step per batch instead. */
export async function notifyRestock(
  db: Database,
  args: { variantId: string; eventId: string; batchSize?: number; log?: Logger },
): Promise<{ notified: number; batches: number }> {
  let notified = 0;
  let batches = 0;
  for (;;) {
    const batch = await notifyRestockBatch(db, args);
    notified += batch.notified;
    batches++;
    if (!batch.hasMore) return { notified, batches };
  }
}
