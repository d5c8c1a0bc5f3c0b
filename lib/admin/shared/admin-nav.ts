import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@/lib/auth/guards';
import { canUseArea, type AdminArea } from './access';

export type AdminNavIcon =
  | 'dashboard'
  | 'orders'
  | 'inventory'
  | 'products'
  | 'categories'
  | 'vouchers'
  | 'users'
  | 'audit'
  | 'reports'
  | 'mail'
  | 'returns'
  | 'reviews'
  | 'settings'
  | 'feeds';
export type AdminNavItem = { href: string; label: string; icon: AdminNavIcon; badge?: number; badgeLabel?: string };

type Entry = AdminNavItem & { area: AdminArea; folder?: string };

const ENTRIES: Entry[] = [
  { href: '/admin', label: 'Panel', icon: 'dashboard', area: 'dashboard' },
  { href: '/admin/pedidos', label: 'Pedidos', icon: 'orders', area: 'orders' },
  { href: '/admin/inventario', label: 'Inventario', icon: 'inventory', area: 'inventory' },
  { href: '/admin/productos', label: 'Productos', icon: 'products', area: 'catalog' },
  { href: '/admin/categorias', label: 'Categorías', icon: 'categories', area: 'catalog' },
  { href: '/admin/catalogos', label: 'Catálogos', icon: 'feeds', area: 'catalog' },
  { href: '/admin/cupones', label: 'Cupones', icon: 'vouchers', area: 'vouchers' },
  { href: '/admin/usuarios', label: 'Usuarios', icon: 'users', area: 'users' },
  { href: '/admin/reportes', label: 'Reportes', icon: 'reports', area: 'metrics' },
  { href: '/admin/auditoria', label: 'Auditoría', icon: 'audit', area: 'audit' },
  { href: '/admin/ajustes', label: 'Ajustes', icon: 'settings', area: 'settings' },
  // Pages other features own: shown to staff, and only once they exist.
  { href: '/admin/devoluciones', label: 'Devoluciones', icon: 'returns', area: 'orders', folder: 'devoluciones' },
  { href: '/admin/resenas', label: 'Reseñas', icon: 'reviews', area: 'orders', folder: 'resenas' },
  { href: '/admin/correos', label: 'Correos', icon: 'mail', area: 'orders', folder: 'correos' },
];

function pageExists(folder: string): boolean {
  return existsSync(path.join(process.cwd(), 'app', '(admin)', 'admin', folder));
}

/** The sidebar for a role: only the areas it may open, with the work-queue sizes as badges. */
export function buildAdminNav(role: Role, queues: { pendingFulfilment: number; refundDue: number }): AdminNavItem[] {
  return ENTRIES.filter((e) => canUseArea(role, e.area) && (!e.folder || pageExists(e.folder))).map((entry) => {
    const { href, label, icon } = entry;
    if (href === '/admin/pedidos' && queues.pendingFulfilment > 0)
      return { href, label, icon, badge: queues.pendingFulfilment, badgeLabel: 'por preparar o enviar' };
    if (href === '/admin/devoluciones' && queues.refundDue > 0)
      return { href, label, icon, badge: queues.refundDue, badgeLabel: 'reembolsos pendientes' };
    return { href, label, icon };
  });
}
