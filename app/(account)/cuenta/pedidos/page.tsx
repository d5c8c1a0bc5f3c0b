import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OrderList } from '@/components/orders/order-list';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { listOrdersForUser } from '@/lib/orders/get-order';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Mis pedidos' };

const PAGE_SIZE = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrdersPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/pedidos');
  const raw = (await searchParams).pagina;
  const requested = typeof raw === 'string' ? Number.parseInt(raw, 10) : 1;
  const page = Number.isSafeInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const result = await listOrdersForUser(getDb(), { userId: user.id, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <nav aria-label="Migas de pan" className="text-sm text-stone-600">
        <Link href="/cuenta" className="hover:underline">
          Mi cuenta
        </Link>
      </nav>
      <h1 className="mt-2 font-serif text-3xl text-brand-900 sm:text-4xl">Mis pedidos</h1>
      {result.total === 0 ? (
        <div className="mt-6 rounded-2xl border border-sand-200 bg-white px-6 py-12 text-center">
          <p className="font-serif text-2xl text-brand-900">Todavía no tienes pedidos</p>
          <p className="mt-2 text-stone-700">Cuando compres, aquí podrás pagar, seguir y revisar tus pedidos.</p>
          <Link
            href="/productos"
            className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Ver productos
          </Link>
        </div>
      ) : (
        <>
          <p className="mt-1 text-stone-700">
            {result.total} {result.total === 1 ? 'pedido' : 'pedidos'}
          </p>
          <OrderList orders={result.items} now={new Date().getTime()} />
          {pages > 1 ? (
            <nav aria-label="Páginas de pedidos" className="mt-6 flex items-center justify-between text-sm">
              {page > 1 ? (
                <Link
                  href={`/cuenta/pedidos?pagina=${page - 1}`}
                  className="rounded-lg border border-stone-300 bg-white px-3 py-2 font-semibold hover:bg-sand-100"
                >
                  Anteriores
                </Link>
              ) : (
                <span />
              )}
              <span className="text-stone-700">
                Página {page} de {pages}
              </span>
              {page < pages ? (
                <Link
                  href={`/cuenta/pedidos?pagina=${page + 1}`}
                  className="rounded-lg border border-stone-300 bg-white px-3 py-2 font-semibold hover:bg-sand-100"
                >
                  Siguientes
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
