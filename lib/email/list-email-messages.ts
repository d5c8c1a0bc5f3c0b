import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { emailMessages, emailStatus } from '@/db/schema';
import { parseInput } from '@/lib/validation';
import { queryInt } from '@/lib/validation/primitives';

export const emailListSchema = z.object({
  page: queryInt({ min: 1, max: 10_000, message: 'La página va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 100, message: 'Máximo 100 por página.' }).default(25),
  status: z.enum(emailStatus.enumValues, { error: 'Estado desconocido.' }).optional(),
});

export type EmailListItem = {
  id: string;
  kind: (typeof emailMessages.$inferSelect)['kind'];
  toAddress: string;
  subject: string;
  text: string;
  status: (typeof emailMessages.$inferSelect)['status'];
  attempts: number;
  lastError: string | null;
  transport: string | null;
  filePath: string | null;
  createdAt: Date;
  sentAt: Date | null;
  availableAt: Date;
};

/** Every email the store queued, newest first, for the admin page "Correos" (STAFF and ADMIN only). */
export async function listEmailMessages(db: Db, input: unknown) {
  const query = parseInput(emailListSchema, input);
  const where = query.status ? eq(emailMessages.status, query.status) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: emailMessages.id,
        kind: emailMessages.kind,
        toAddress: emailMessages.toAddress,
        subject: emailMessages.subject,
        text: emailMessages.text,
        status: emailMessages.status,
        attempts: emailMessages.attempts,
        lastError: emailMessages.lastError,
        transport: emailMessages.transport,
        filePath: emailMessages.filePath,
        createdAt: emailMessages.createdAt,
        sentAt: emailMessages.sentAt,
        availableAt: emailMessages.availableAt,
      })
      .from(emailMessages)
      .where(where)
      .orderBy(desc(emailMessages.createdAt), desc(emailMessages.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(emailMessages).where(where),
  ]);
  return {
    items: items satisfies EmailListItem[],
    page: query.page,
    pageSize: query.pageSize,
    status: query.status ?? null,
    total: total?.n ?? 0,
  };
}
