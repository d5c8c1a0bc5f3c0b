import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { parseInput } from '@/lib/validation';

export const markReadSchema = z.object({
  ids: z
    .array(z.string().uuid({ error: 'Cada id debe ser un identificador válido.' }), {
      error: 'ids debe ser una lista de identificadores.',
    })
    .min(1, { error: 'Envía al menos un id, u omite ids para marcar todas.' })
    .max(200, { error: 'Máximo 200 ids por solicitud.' })
    .optional(),
});

/**
 * Marks the user's notifications read: the given ids, or all when `ids` is absent. The owner filter is
 * part of the UPDATE, so someone else's id is simply not touched (no error that would confirm it
 * exists). Returns how many changed.
 */
export async function markNotificationsRead(
  db: Db,
  args: { userId: string; input: unknown },
): Promise<{ updated: number }> {
  const { ids } = parseInput(markReadSchema, args.input ?? {});
  const scope = ids
    ? and(eq(notifications.userId, args.userId), inArray(notifications.id, ids))
    : eq(notifications.userId, args.userId);
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(scope, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
