import { z } from 'zod';
import type { Db } from '@/db/client';
import { settings } from '@/db/schema';
import { logger } from '@/lib/logger';
import { STORE_SETTING_FIELDS, storeDetailsSchema, type StoreDetails } from './settings-fields';

/**
 * Store settings with their defaults; a row in `settings` (one per key, `store` holding the spa's
 * details as one object) overrides a default. Admins change them through
 * lib/settings/update-store-settings.ts; every rule that uses one reads it here, so a change is in
 * force from the next request.
 */
export const DEFAULT_SETTINGS = {
  shippingFeeCents: 650_000,
  freeShippingThresholdCents: 15_000_000,
  reservationTtlMinutes: 30,
  returnWindowDays: 30,
  cartMaxLines: 50,
  cartMaxUnitsPerLine: 100,
  cartTtlDays: 30,
  vipDefaultDiscountPercent: 15,
  deliveryDays: 3,
  store: {
    name: 'Botica Spa',
    address: 'Calle 93 #11-26',
    city: 'Bogotá',
    hours: 'Lunes a sábado, 9:00 a 19:00',
    phone: '601 743 2093',
    whatsapp: '300 123 4567',
    email: 'hola@botica.test',
  },
} as const satisfies Record<string, unknown>;

export const storeSettingsSchema = z.object({ ...STORE_SETTING_FIELDS, store: storeDetailsSchema });

export type StoreSettings = z.infer<typeof storeSettingsSchema>;
export type SettingKey = keyof StoreSettings;
export type { StoreDetails };

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}

/**
 * The value a stored row means, or the default when the row is missing or malformed. Each key
 * stands alone: one bad row falls back to its own default (and is logged), not the whole set.
 * `store` is merged field by field over its defaults, so a field added later has a value at once.
 */
export function settingValue<K extends SettingKey>(key: K, stored: unknown): StoreSettings[K] {
  if (stored === undefined) return DEFAULT_SETTINGS[key] as StoreSettings[K];
  const candidate =
    key === 'store' && stored !== null && typeof stored === 'object'
      ? { ...DEFAULT_SETTINGS.store, ...(stored as Record<string, unknown>) }
      : stored;
  const parsed = storeSettingsSchema.shape[key].safeParse(candidate);
  if (parsed.success) return parsed.data as StoreSettings[K];
  logger.warn({ key }, 'settings.malformed_row_ignored');
  return DEFAULT_SETTINGS[key] as StoreSettings[K];
}

export function settingsFromRows(rows: ReadonlyArray<{ key: string; value: unknown }>): StoreSettings {
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, settingValue(key, stored.get(key))])) as StoreSettings;
}

/** The settings as they are now (inside the caller's transaction when given one). */
export async function getStoreSettings(db: Db): Promise<StoreSettings> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  return settingsFromRows(rows);
}

/** Writes the default rows that are missing, so admins see every setting with its current value. */
export async function ensureDefaultSettings(db: Db): Promise<void> {
  const values = Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value }));
  await db.insert(settings).values(values).onConflictDoNothing();
}

/**
 * Test helper kept for the cart tests: writes one key without audit or invalidation. Admin changes
 * go through updateStoreSettings (lib/settings/update-store-settings.ts).
 */
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
