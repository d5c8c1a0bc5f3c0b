import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateStoreSettings } from './invalidate-store-settings';
import { parseSettingsPatch } from './settings-patch';
import {
  DEFAULT_SETTINGS,
  getStoreSettings,
  settingValue,
  type SettingKey,
  type StoreSettings,
} from './store-settings';

type Changes = Partial<Record<SettingKey, unknown>>;

/**
 * Applies an admin's PATCH to the store settings: every field is validated first and any bad one
 * refuses the whole request (400 VALIDATION, one message per field), so nothing is half-saved.
 *
 * In one transaction: the rows of the keys being changed are locked in key order (created from the
 * defaults first if missing), the changed values are written, and one audit entry records who
 * changed what from what. Only keys whose value actually changes are written and audited; a PATCH
 * that changes nothing writes nothing. After the commit, invalidateStoreSettings makes the change
 * visible on every worker's next request.
 *
 * Nothing already recorded is touched: orders keep the shipping fee, delivery date and reservation
 * expiry stored on them, and return requests keep their own rows.
 */
export async function updateStoreSettings(
  db: Database,
  args: { input: unknown; actor: AdminActor },
): Promise<StoreSettings> {
  const patch = parseSettingsPatch(args.input);
  const keys = (Object.keys(patch) as SettingKey[]).filter((key) => patch[key] !== undefined).sort();
  if (keys.length === 0) return getStoreSettings(db);

  const changed = await db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values(keys.map((key) => ({ key, value: DEFAULT_SETTINGS[key] })))
      .onConflictDoNothing();
    const rows = await tx
      .select({ key: settings.key, value: settings.value })
      .from(settings)
      .where(inArray(settings.key, keys))
      .orderBy(asc(settings.key))
      .for('update');
    const current = new Map(rows.map((r) => [r.key, r.value]));

    const before: Changes = {};
    const after: Changes = {};
    for (const key of keys) {
      const old = settingValue(key, current.get(key));
      const next = key === 'store' ? { ...(old as StoreSettings['store']), ...patch.store } : patch[key];
      if (JSON.stringify(old) === JSON.stringify(next)) continue;
      if (key === 'store') {
        // Only the spa's fields that changed go to the audit trail.
        const o = old as Record<string, unknown>;
        const n = next as Record<string, unknown>;
        const fields = Object.keys(n).filter((f) => o[f] !== n[f]);
        before.store = Object.fromEntries(fields.map((f) => [f, o[f]]));
        after.store = Object.fromEntries(fields.map((f) => [f, n[f]]));
      } else {
        before[key] = old;
        after[key] = next;
      }
      await tx
        .update(settings)
        .set({ value: next, updatedBy: args.actor.id, updatedAt: sql`now()` })
        .where(eq(settings.key, key));
    }
    if (Object.keys(after).length === 0) return false;
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'settings.updated',
      entityType: 'settings',
      entityId: 'store',
      before,
      after,
      requestId: args.actor.requestId,
    });
    return true;
  });

  if (changed) await invalidateStoreSettings();
  return getStoreSettings(db);
}
