import { z } from 'zod';
import { validationError } from '@/lib/errors';
import { STORE_SETTING_FIELDS, storeDetailsFields } from './settings-fields';

/** What `PATCH /api/v1/admin/settings` takes: any subset of the settings, `store` included field by field. */
export const settingsPatchSchema = z
  .strictObject(STORE_SETTING_FIELDS)
  .partial()
  .extend({ store: z.strictObject(storeDetailsFields).partial().optional() });

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const UNKNOWN = 'Este ajuste no existe.';

/**
 * Parses a PATCH body, collecting every bad field (unknown names included, each under its own
 * name) into one 400 VALIDATION, so the admin sees all problems at once and nothing is saved.
 */
export function parseSettingsPatch(input: unknown): SettingsPatch {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw validationError({ _: 'Envía un objeto con los ajustes a cambiar.' });
  const result = settingsPatchSchema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] ??= UNKNOWN;
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  throw validationError(fields);
}
