import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { productVariants, products } from '@/db/schema';
import { todayInBogota } from '@/lib/auth/vip';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { listStaffRecipients } from '@/lib/notifications/list-staff-recipients';
import { ADMIN_INVENTORY_PATH } from './alert-low-stock';

export type DigestResult = { day: string; lowVariants: number; recipients: number; emailIds: string[] };

const MAX_LINES = 50;

/**
 * #13, daily: one summary of every variant that is at or under its threshold right now, for each STAFF
 * and ADMIN. Keyed by the Bogotá date, so a second run the same day (another instance, a retry) adds
 * nothing. Nothing is sent on a day with no low stock.
 */
export async function sendLowStockDigest(db: Database, args: { now?: Date; log?: Logger } = {}): Promise<DigestResult> {
  const log = args.log ?? logger;
  const day = todayInBogota(args.now);
  const available = sql<number>`(${productVariants.stock} - ${productVariants.reservedStock})::int`;
  const low = await db
    .select({
      sku: productVariants.sku,
      variantName: productVariants.name,
      productName: products.name,
      available,
      threshold: productVariants.lowStockThreshold,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        isNull(products.deletedAt),
        eq(products.isActive, true),
        sql`${productVariants.stock} - ${productVariants.reservedStock} <= ${productVariants.lowStockThreshold}`,
      ),
    )
    .orderBy(asc(available), asc(productVariants.sku))
    .limit(MAX_LINES + 1);
  if (low.length === 0) return { day, lowVariants: 0, recipients: 0, emailIds: [] };

  const recipients = await listStaffRecipients(db);
  const shown = low.slice(0, MAX_LINES);
  const more = low.length > MAX_LINES ? ' (y más)' : '';
  const title = `Resumen de stock bajo: ${shown.length}${more} variantes`;
  const body = `Al ${day}, estas variantes están en su umbral o por debajo.`;
  const email = await renderNoticeEmail(`${title} · Botica`, {
    preview: body,
    heading: 'Resumen diario de stock bajo',
    greeting: 'Hola, equipo:',
    paragraphs: [body],
    items: shown.map(
      (v) => `${v.productName} (${v.variantName}) · ${v.sku}: ${v.available} disponibles (umbral ${v.threshold})`,
    ),
    cta: { label: 'Abrir inventario', href: absoluteUrl(ADMIN_INVENTORY_PATH) },
  });
  const dedupeKey = `low-stock-digest:${day}`;
  const emailIds = await db.transaction(async (tx) => {
    await createNotifications(
      tx,
      recipients.map((r) => ({
        userId: r.id,
        kind: 'LOW_STOCK_DIGEST' as const,
        dedupeKey,
        title,
        body,
        href: ADMIN_INVENTORY_PATH,
      })),
    );
    return queueEmails(
      tx,
      recipients.map((r) => ({
        dedupeKey: `${dedupeKey}:${r.id}`,
        kind: 'LOW_STOCK_DIGEST' as const,
        userId: r.id,
        to: r.email,
        ...email,
      })),
    );
  });
  log.info(
    { day, lowVariants: low.length, recipients: recipients.length, queued: emailIds.length },
    'inventory.low_stock_digest',
  );
  return { day, lowVariants: low.length, recipients: recipients.length, emailIds };
}
