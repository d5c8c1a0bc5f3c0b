import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { decodeSessionClaims, type CookieReader } from '@/lib/auth/decode-session-claims';
import { canUseArea, type AdminArea } from './area-roles';

/*
 * proxy.ts asks this before an admin page renders, so a visitor who may not open it gets a real 404
 * status. The page cannot give one itself: under Cache Components the root layout's shell has been
 * sent (status 200) by the time the page's own check (`requireAreaPage`) runs. The pages keep that
 * check anyway (every door checks auth itself; docs/admin.md).
 */

/** The admin area of a path, by its first segment under /admin (unknown segments: the dashboard's). */
const AREA_BY_SEGMENT: Record<string, AdminArea> = {
  pedidos: 'orders',
  devoluciones: 'orders',
  resenas: 'orders',
  correos: 'orders',
  inventario: 'inventory',
  productos: 'catalog',
  variantes: 'catalog',
  categorias: 'catalog',
  catalogos: 'catalog',
  cupones: 'vouchers',
  usuarios: 'users',
  reportes: 'metrics',
  auditoria: 'audit',
  ajustes: 'settings',
};

export function adminAreaOfPath(pathname: string): AdminArea {
  const segment = pathname.split('/')[2] ?? '';
  return AREA_BY_SEGMENT[segment] ?? 'dashboard';
}

/**
 * Whether the request's session may open the admin page at `pathname`: the user is read from the
 * database (role, and the session version that sign-out bumps), like `getCurrentUser`. A cookie only
 * Auth.js can read answers true: the page's own check decides then.
 */
export async function mayOpenAdminPage(db: Db, cookies: CookieReader, pathname: string): Promise<boolean> {
  const claims = await decodeSessionClaims(cookies);
  if (claims === 'needs-auth-js') return true;
  if (!claims) return false;
  const [user] = await db
    .select({ role: users.role, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!user || user.sessionVersion !== claims.sessionVersion) return false;
  return canUseArea(user.role, adminAreaOfPath(pathname));
}
