import { notFound } from 'next/navigation';
import { requireRole, type CurrentUser, type Role } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';

/**
 * Who may use each admin area (issue 7, docs/api.md): ADMIN everything; STAFF runs the day's orders and
 * stock. Every page, server action and route handler checks its area itself; nothing relies on a
 * layout or middleware having checked first.
 */
export const AREA_ROLES = {
  dashboard: ['ADMIN', 'STAFF'],
  catalog: ['ADMIN'],
  inventory: ['ADMIN', 'STAFF'],
  orders: ['ADMIN', 'STAFF'],
  vouchers: ['ADMIN'],
  users: ['ADMIN'],
  metrics: ['ADMIN'],
  audit: ['ADMIN'],
  settings: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type AdminArea = keyof typeof AREA_ROLES;

export function canUseArea(role: Role, area: AdminArea): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}

/** For route handlers and server actions: 401 AUTH-REQUIRED when anonymous, 403 FORBIDDEN otherwise. */
export async function requireArea(area: AdminArea): Promise<CurrentUser> {
  return requireRole(...AREA_ROLES[area]);
}

/**
 * For pages: anyone who may not see the area gets the ordinary 404 page, so the admin's existence
 * and its data are not revealed to shoppers or to staff outside their areas.
 */
export async function requireAreaPage(area: AdminArea): Promise<CurrentUser> {
  try {
    return await requireArea(area);
  } catch (error) {
    if (isAppError(error) && (error.status === 401 || error.status === 403)) notFound();
    throw error;
  }
}
