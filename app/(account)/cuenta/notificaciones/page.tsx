import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { BellOff } from 'lucide-react';
import { Pagination } from '@/components/catalog/pagination';
import { MarkReadButton } from '@/components/notifications/mark-read-button';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { listNotifications } from '@/lib/notifications/list-notifications';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Notificaciones' };

const PAGE_SIZE = 20;
const when = new Intl.DateTimeFormat('es-CO', { timeZone: 'America/Bogota', dateStyle: 'medium', timeStyle: 'short' });

function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/notificaciones');
  const page = pageFrom((await searchParams).page);
  const result = await listNotifications(getDb(), { userId: user.id, page, pageSize: PAGE_SIZE });

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl text-brand-900">Notificaciones</h1>
          <p className="mt-1 text-sm text-stone-600" data-testid="unread-summary">
            {result.unreadCount === 0
              ? 'Estás al día.'
              : result.unreadCount === 1
                ? 'Tienes 1 sin leer.'
                : `Tienes ${result.unreadCount} sin leer.`}
          </p>
        </div>
        {result.unreadCount > 0 ? <MarkReadButton label="Marcar todas como leídas" /> : null}
      </div>

      {result.items.length === 0 ? (
        <div className="mt-10 flex flex-col items-center rounded-2xl border border-dashed border-sand-200 bg-white px-6 py-12 text-center">
          <BellOff aria-hidden className="size-8 text-stone-500" />
          <p className="mt-3 font-semibold text-stone-800">Aún no tienes notificaciones</p>
          <p className="mt-1 max-w-sm text-sm text-stone-600">
            Aquí verás el estado de tus pedidos y los avisos de productos que vuelven.
          </p>
          <Link
            href="/productos"
            className="mt-4 rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Ver productos
          </Link>
        </div>
      ) : (
        <ul
          className="mt-6 divide-y divide-sand-200 overflow-hidden rounded-2xl border border-sand-200 bg-white"
          aria-label="Tus notificaciones"
        >
          {result.items.map((n) => (
            <li key={n.id} className={n.readAt ? 'p-4' : 'bg-brand-50/60 p-4'} data-testid="notification-item">
              <div className="flex items-start gap-3">
                <span
                  aria-hidden
                  className={
                    n.readAt
                      ? 'mt-1.5 size-2.5 shrink-0 rounded-full bg-transparent'
                      : 'mt-1.5 size-2.5 shrink-0 rounded-full bg-clay-600'
                  }
                />
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-stone-900">
                    {n.readAt ? null : <span className="sr-only">No leída: </span>}
                    {n.href ? (
                      <Link href={n.href} className="hover:underline">
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </p>
                  <p className="mt-0.5 text-sm text-stone-700">{n.body}</p>
                  <time dateTime={n.createdAt.toISOString()} className="mt-1 block text-xs text-stone-500">
                    {when.format(n.createdAt)}
                  </time>
                </div>
                {n.readAt ? null : <MarkReadButton ids={[n.id]} label="Marcar como leída" compact />}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        total={result.total}
        pageSize={PAGE_SIZE}
        hrefFor={(p) => `/cuenta/notificaciones?page=${p}`}
      />
    </div>
  );
}
