'use client';

import clsx from 'clsx';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  Boxes,
  ChartColumn,
  ClipboardList,
  FolderTree,
  LayoutDashboard,
  Mail,
  MessageSquareText,
  Package,
  Rss,
  ScrollText,
  Settings,
  Ticket,
  Undo2,
  Users,
} from 'lucide-react';
import type { AdminNavIcon, AdminNavItem } from '@/lib/admin/shared/admin-nav';

const ICONS: Record<AdminNavIcon, typeof Boxes> = {
  dashboard: LayoutDashboard,
  orders: ClipboardList,
  inventory: Boxes,
  products: Package,
  categories: FolderTree,
  vouchers: Ticket,
  users: Users,
  audit: ScrollText,
  reports: ChartColumn,
  mail: Mail,
  returns: Undo2,
  reviews: MessageSquareText,
  settings: Settings,
  feeds: Rss,
};

function isCurrent(pathname: string, href: string): boolean {
  return href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The admin's navigation: a column on wide screens, a scrollable row on a phone. */
export function AdminSidebar({ items, userName, role }: { items: AdminNavItem[]; userName: string; role: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Administración" className="lg:sticky lg:top-24 lg:self-start">
      <p className="mb-3 hidden text-xs text-stone-600 lg:block">
        {userName} · {role === 'ADMIN' ? 'Administración' : 'Equipo'}
      </p>
      <ul className="-mx-4 flex gap-1 overflow-x-auto px-4 pb-2 lg:mx-0 lg:flex-col lg:overflow-visible lg:px-0">
        {items.map((item) => {
          const Icon = ICONS[item.icon];
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={clsx(
                  'flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold whitespace-nowrap',
                  current ? 'bg-brand-700 text-white' : 'text-stone-800 hover:bg-brand-50 hover:text-brand-900',
                )}
              >
                <Icon aria-hidden className="size-4" />
                {item.label}
                {item.badge ? (
                  <span
                    className={clsx(
                      'ml-auto rounded-full px-2 text-xs',
                      current ? 'bg-white/20' : 'bg-amber-100 text-amber-900',
                    )}
                  >
                    {item.badge}
                    <span className="sr-only"> {item.badgeLabel}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
