import { z } from 'zod';
import type { Db } from '@/db/client';
import { settings } from '@/db/schema';

/** Store settings with their defaults; a row in `settings` overrides a default. */
export const storeSettingsSchema = z.object({
  shippingFeeCents: z.number().int().min(0).default(650_000),
  freeShippingThresholdCents: z.number().int().min(0).default(15_000_000),
  reservationTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  returnWindowDays: z.number().int().min(0).max(365).default(30),
  cartMaxLines: z.number().int().min(1).default(50),
  cartMaxUnitsPerLine: z.number().int().min(1).default(100),
  cartTtlDays: z.number().int().min(1).default(30),
  vipDefaultDiscountPercent: z.number().int().min(1).max(90).default(15),
  deliveryDays: z.number().int().min(0).max(30).default(3),
});

export type StoreSettings = z.infer<typeof storeSettingsSchema>;
export type SettingKey = keyof StoreSettings;

export const DEFAULT_SETTINGS: StoreSettings = storeSettingsSchema.parse({});

export async function getStoreSettings(db: Db): Promise<StoreSettings> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const overrides = Object.fromEntries(rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, r.value]));
  const parsed = storeSettingsSchema.safeParse(overrides);
  // A malformed row must not take the store down: fall back to defaults for the whole set and say so.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Writes the default rows that are missing, so admins see every setting with its current value. */
export async function ensureDefaultSettings(db: Db): Promise<void> {
  const values = Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value }));
  await db.insert(settings).values(values).onConflictDoNothing();
}

export async function updateStoreSetting<K extends SettingKey>(
  db: Db,
  args: { key: K; value: StoreSettings[K]; actorId: string | null },
): Promise<void> {
  const value = storeSettingsSchema.shape[args.key].parse(args.value);
  await db
    .insert(settings)
    .values({ key: args.key, value, updatedBy: args.actorId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: args.actorId, updatedAt: new Date() } });
}
