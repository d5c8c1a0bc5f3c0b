import type { Role } from '@/lib/auth/guards';

/**
 * Who may use each admin area (issue 7, docs/api.md): ADMIN everything; STAFF runs the day's orders and
 * stock. Every page, server action and route handler checks its area itself; nothing relies on a
 * layout or middleware having checked first (proxy.ts turns refusals of pages into a real 404 status:
 * admin-page-gate.ts). No imports with side effects: proxy.ts reads this table too.
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
