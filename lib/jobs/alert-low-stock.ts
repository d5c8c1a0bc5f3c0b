import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { lowStockAlerts, productVariants, products } from '@/db/schema';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { listStaffRecipients } from '@/lib/notifications/list-staff-recipients';

export type LowStockAlertResult = { eventId: string; alerted: boolean; recipients: number; emailIds: string[] };

/** Where staff fix stock; the admin inventory screen. */
export const ADMIN_INVENTORY_PATH = '/admin/inventario';

/**
 * #13: tells every STAFF and ADMIN, in-app and by email, that a variant's available stock crossed down
 * to its threshold. Once per crossing: the alert row keyed by the outbox event id is inserted in the
 * same transaction as the notifications and emails, so a redelivered event finds it and stops.
 */
export async function alertLowStock(
  db: Database,
  args: { eventId: string; variantId: string; available: number; threshold: number; log?: Logger },
): Promise<LowStockAlertResult> {
  const log = args.log ?? logger;
  const none = { eventId: args.eventId, alerted: false, recipients: 0, emailIds: [] };
  const [variant] = await db
    .select({ sku: productVariants.sku, variantName: productVariants.name, productName: products.name })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, args.variantId));
  if (!variant) return none;
  const recipients = await listStaffRecipients(db);
  const label = `${variant.productName} (${variant.variantName})`;
  const title = `Stock bajo: ${label}`;
  const body = `Quedan ${args.available} unidades disponibles de ${variant.sku}; el umbral es ${args.threshold}.`;
  const email = await renderNoticeEmail(`${title} · Botica`, {
    preview: body,
    heading: 'Stock bajo',
    greeting: 'Hola, equipo:',
    paragraphs: [
      `${label} llegó a su umbral de stock bajo.`,
      'Programa un reabastecimiento para no quedarte sin unidades.',
    ],
    details: [
      { label: 'SKU', value: variant.sku },
      { label: 'Disponibles', value: String(args.available) },
      { label: 'Umbral', value: String(args.threshold) },
    ],
    cta: { label: 'Abrir inventario', href: absoluteUrl(ADMIN_INVENTORY_PATH) },
  });

  const outcome = await db.transaction(async (tx) => {
    const [alert] = await tx
      .insert(lowStockAlerts)
      .values({
        eventId: args.eventId,
        variantId: args.variantId,
        available: args.available,
        threshold: args.threshold,
      })
      .onConflictDoNothing({ target: lowStockAlerts.eventId })
      .returning({ id: lowStockAlerts.id });
    if (!alert) return none;
    const dedupeKey = `low-stock:${args.eventId}`;
    await createNotifications(
      tx,
      recipients.map((r) => ({
        userId: r.id,
        kind: 'LOW_STOCK' as const,
        dedupeKey,
        title,
        body,
        href: ADMIN_INVENTORY_PATH,
      })),
    );
    const emailIds = await queueEmails(
      tx,
      recipients.map((r) => ({
        dedupeKey: `${dedupeKey}:${r.id}`,
        kind: 'LOW_STOCK' as const,
        userId: r.id,
        to: r.email,
        ...email,
      })),
    );
    return { eventId: args.eventId, alerted: true, recipients: recipients.length, emailIds };
  });
  if (outcome.alerted)
    log.info(
      { variantId: args.variantId, sku: variant.sku, available: args.available, recipients: outcome.recipients },
      'inventory.low_stock_alert',
    );
  return outcome;
}
