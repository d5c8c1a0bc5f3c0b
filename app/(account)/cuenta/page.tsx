import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OrderList } from '@/components/orders/order-list';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { formatCop } from '@/lib/money';
import { listOrdersForUser } from '@/lib/orders/get-order';
import { formatCalendarDate } from '@/components/orders/format-date';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Mi cuenta' };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta');
  const db = getDb();
  const [recent, credit] = await Promise.all([
    listOrdersForUser(db, { userId: user.id, page: 1, pageSize: 3 }),
    getCreditStatement(db, { userId: user.id, limit: 1 }),
  ]);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">Hola, {user.name.split(' ')[0]}</h1>
      <p className="mt-1 text-stone-700">{user.email}</p>

      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="membership-title" className="rounded-2xl border border-sand-200 bg-white p-5">
          <h2 id="membership-title" className="font-serif text-xl text-brand-900">
            Membresía
          </h2>
          {user.isVip && user.vipUntil ? (
            <p className="mt-2 text-stone-800">
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">VIP</span> Tienes
              precios VIP hasta el {formatCalendarDate(user.vipUntil)}.
            </p>
          ) : (
            <p className="mt-2 text-stone-700">Pregunta en el spa por la membresía VIP y paga menos en cada compra.</p>
          )}
        </section>

        {/* STORE CREDIT — owned by the store-credit issue: the balance and a link to its statement page (/cuenta/saldo). */}
        <section
          aria-labelledby="credit-title"
          className="rounded-2xl border border-sand-200 bg-white p-5"
          data-slot="store-credit"
        >
          <h2 id="credit-title" className="font-serif text-xl text-brand-900">
            Saldo a favor
          </h2>
          <p className="mt-2 text-stone-800">
            <span className="text-2xl font-bold" data-testid="credit-balance">
              {formatCop(credit.balanceCents)}
            </span>
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {credit.balanceCents > 0
              ? 'Puedes usarlo al pagar tus próximos pedidos.'
              : 'Si te reembolsamos una devolución como saldo a favor, lo verás aquí.'}
          </p>
          <Link href="/cuenta/saldo" className="mt-2 inline-block text-sm font-semibold text-brand-700 underline">
            Ver movimientos
          </Link>
        </section>
      </div>
      <nav aria-label="Más de tu cuenta" className="mt-6 flex flex-wrap gap-4 text-sm">
        <Link href="/cuenta/resenas" className="font-semibold text-brand-700 underline">
          Mis reseñas
        </Link>
        <Link href="/cuenta/preferencias" className="font-semibold text-brand-700 underline">
          Preferencias de notificaciones
        </Link>
      </nav>

      <section aria-labelledby="recent-title" className="mt-10">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="recent-title" className="font-serif text-2xl text-brand-900">
            Pedidos recientes
          </h2>
          <Link href="/cuenta/pedidos" className="text-sm font-semibold text-brand-700 underline">
            Ver todos mis pedidos
          </Link>
        </div>
        {recent.total === 0 ? (
          <p className="mt-4 rounded-2xl border border-sand-200 bg-white p-5 text-stone-700">
            Todavía no tienes pedidos.{' '}
            <Link href="/productos" className="font-semibold text-brand-700 underline">
              Descubre nuestros productos
            </Link>
            .
          </p>
        ) : (
          <OrderList orders={recent.items} now={new Date().getTime()} />
        )}
      </section>
    </div>
  );
}
