import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { env } from '@/lib/env';
import { parseInput } from '@/lib/validation';

/** The non-essential email categories a shopper can turn off; order emails are not among them. */
export const OPTIONAL_CATEGORIES = ['restock', 'priceDrops', 'lowCreditReminders'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** Which category an email kind belongs to; kinds not listed are essential and always go. */
export const CATEGORY_OF_KIND: Partial<Record<string, OptionalCategory>> = {
  RESTOCK: 'restock',
  CREDIT_EXPIRY: 'lowCreditReminders',
};

export const CATEGORY_LABEL: Record<OptionalCategory, string> = {
  restock: 'avisos de productos que vuelven',
  priceDrops: 'bajadas de precio',
  lowCreditReminders: 'recordatorios de saldo a favor por vencer',
};

const hhmm = z
  .string({ error: 'Usa el formato HH:MM.' })
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Usa el formato HH:MM (por ejemplo 22:00).' });

export const preferencesSchema = z.object({
  email: z.object(
    {
      orderUpdates: z.literal(true, { error: 'Los correos de tus pedidos siempre se envían.' }).optional(),
      restock: z.boolean({ error: 'Debe ser sí o no.' }),
      priceDrops: z.boolean({ error: 'Debe ser sí o no.' }),
      lowCreditReminders: z.boolean({ error: 'Debe ser sí o no.' }),
    },
    { error: 'Faltan las preferencias de correo.' },
  ),
  quietHours: z
    .object({ start: hhmm, end: hhmm })
    .refine((q) => q.start !== q.end, { error: 'El inicio y el fin deben ser distintos.', path: ['end'] })
    .nullable()
    .optional(),
});

export type Preferences = {
  email: { orderUpdates: true; restock: boolean; priceDrops: boolean; lowCreditReminders: boolean };
  quietHours: { start: string; end: string } | null;
};

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return {
    email: {
      orderUpdates: true,
      restock: row?.restock ?? true,
      priceDrops: row?.priceDrops ?? true,
      lowCreditReminders: row?.lowCreditReminders ?? true,
    },
    quietHours: row?.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null,
  };
}

/** PUT: the whole set (quiet hours omitted or null = none). */
export async function savePreferences(db: Db, args: { userId: string; input: unknown }): Promise<Preferences> {
  const input = parseInput(preferencesSchema, args.input);
  const values = {
    restock: input.email.restock,
    priceDrops: input.email.priceDrops,
    lowCreditReminders: input.email.lowCreditReminders,
    quietStart: input.quietHours?.start ?? null,
    quietEnd: input.quietHours?.end ?? null,
  };
  await db
    .insert(notificationPreferences)
    .values({ userId: args.userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: sql`now()` } });
  return getPreferences(db, args.userId);
}

/** One-click unsubscribe from one category (RFC 8058): the token proves which user and category. */
export async function unsubscribe(db: Db, args: { userId: string; category: OptionalCategory }): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId: args.userId, [args.category]: false })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { [args.category]: false, updatedAt: sql`now()` },
    });
}

function secret(): string {
  return env.AUTH_SECRET ?? 'botica-unsubscribe-dev-secret';
}

/** `userId.category.signature`: no expiry, so an old email's link still works. */
export function unsubscribeToken(userId: string, category: OptionalCategory): string {
  const sig = createHmac('sha256', secret()).update(`unsubscribe:${userId}:${category}`).digest('base64url');
  return `${userId}.${category}.${sig}`;
}

export function readUnsubscribeToken(token: string): { userId: string; category: OptionalCategory } | null {
  const [userId, category, sig] = token.split('.');
  if (!userId || !category || !sig || !(OPTIONAL_CATEGORIES as readonly string[]).includes(category)) return null;
  const expected = unsubscribeToken(userId, category as OptionalCategory).split('.')[2]!;
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  return { userId, category: category as OptionalCategory };
}

/** Minutes since Bogotá midnight (Colombia is UTC−5 all year). */
function bogotaMinutes(now: Date): number {
  const m = (now.getUTCHours() * 60 + now.getUTCMinutes() - 5 * 60 + 24 * 60) % (24 * 60);
  return m;
}
const toMinutes = (hhmmText: string) => Number(hhmmText.slice(0, 2)) * 60 + Number(hhmmText.slice(3, 5));

/**
 * When a non-urgent email may go: now, or the end of the shopper's quiet hours if now falls inside
 * them (a window may span midnight, e.g. 22:00–07:00).
 */
export function sendableAt(quietHours: { start: string; end: string } | null, now: Date = new Date()): Date {
  if (!quietHours) return now;
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  const current = bogotaMinutes(now);
  const inside = start < end ? current >= start && current < end : current >= start || current < end;
  if (!inside) return now;
  const wait = (end - current + 24 * 60) % (24 * 60);
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
