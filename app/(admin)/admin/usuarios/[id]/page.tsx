import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatCalendarDate, formatDate, formatDateTime } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { OrderStatusBadge } from '@/components/admin/status-badge';
import { CreditAdjustmentForm } from '@/components/admin/credit-adjustment-form';
import { RoleForm, VipForm } from '@/components/admin/user-access-forms';
import { getDb } from '@/db/client';
import type { OrderStatus } from '@/db/schema/orders';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { getAdminUser } from '@/lib/admin/users/admin-users';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { todayInBogota } from '@/lib/auth/vip';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { adjustCreditAction } from '@/lib/actions/admin/adjust-credit-action';
import { updateUserAction } from '@/lib/actions/admin/update-user-action';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Cuenta' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireAreaPage('users');
  const { id } = await params;
  const user = await getAdminUser(getDb(), id).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const credit = await getCreditStatement(getDb(), { userId: user.id, limit: 5 });
  return (
    <>
      <PageHeader
        title={user.name}
        description={`${user.email} · cuenta creada el ${formatDate(user.createdAt)}`}
        back={{ href: '/admin/usuarios', label: 'Usuarios' }}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="vip" className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <h2 id="vip" className="text-lg font-semibold text-stone-900">
            VIP
          </h2>
          <p className="text-sm text-stone-700">
            {user.isVip && user.vipUntil ? `VIP hasta el ${formatCalendarDate(user.vipUntil)}.` : 'Sin VIP vigente.'}
          </p>
          <VipForm
            action={updateUserAction}
            userId={user.id}
            vipUntil={user.vipUntil}
            isVip={user.isVip}
            today={todayInBogota()}
          />
        </section>
        <section aria-labelledby="role" className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <h2 id="role" className="text-lg font-semibold text-stone-900">
            Rol
          </h2>
          <RoleForm action={updateUserAction} userId={user.id} role={user.role} isSelf={me.id === user.id} />
        </section>
        <section
          aria-labelledby="credit"
          className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
        >
          <h2 id="credit" className="text-lg font-semibold text-stone-900">
            Saldo a favor
          </h2>
          <p className="text-sm text-stone-700" data-testid="admin-credit-balance">
            Saldo actual: {formatCop(credit.balanceCents)}
          </p>
          <CreditAdjustmentForm action={adjustCreditAction} userId={user.id} />
        </section>
      </div>
      <section aria-labelledby="orders" className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <h2 id="orders" className="text-lg font-semibold text-stone-900">
          Últimos pedidos
        </h2>
        {user.recentOrders.length === 0 ? (
          <p className="text-sm text-stone-700">Sin pedidos.</p>
        ) : (
          <ul className="divide-y divide-sand-100 text-sm">
            {user.recentOrders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/admin/pedidos/${o.id}`} className="font-semibold text-brand-800 hover:underline">
                  #{o.number}
                </Link>
                <span>{formatDateTime(o.createdAt)}</span>
                <OrderStatusBadge status={o.status as OrderStatus} />
                <span className="tabular-nums">{formatCop(o.totalCents)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link
          href={`/admin/pedidos?q=${encodeURIComponent(user.email)}`}
          className="text-sm font-semibold text-brand-800 hover:underline"
        >
          Ver todos sus pedidos
        </Link>
      </section>
    </>
  );
}
