import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { AdminSidebar } from '@/components/admin/admin-sidebar';
import { getDb } from '@/db/client';
import { buildAdminNav } from '@/lib/admin/shared/admin-nav';
import { countOrderQueues } from '@/lib/admin/orders/list-admin-orders';
import { getCurrentUser } from '@/lib/auth/guards';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = {
  title: { default: 'Administración', template: '%s · Administración · Botica' },
  robots: { index: false, follow: false },
};

/**
 * The admin frame. It hides itself from shoppers (404), but it is not the guard: every page, action
 * and route below checks its own area, because layouts do not re-run on every navigation.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user || (user.role !== 'ADMIN' && user.role !== 'STAFF')) notFound();
  const queues = await countOrderQueues(getDb());
  return (
    <div className="mx-auto max-w-7xl gap-8 px-4 py-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)]">
      <AdminSidebar items={buildAdminNav(user.role, queues)} userName={user.name} role={user.role} />
      <div className="min-w-0 space-y-6 pt-2 lg:pt-0">{children}</div>
    </div>
  );
}
