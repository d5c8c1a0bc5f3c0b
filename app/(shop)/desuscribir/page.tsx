import type { Metadata } from 'next';
import Link from 'next/link';
import { CATEGORY_LABEL, OPTIONAL_CATEGORIES, readUnsubscribeToken } from '@/lib/notifications/preferences';

// Per shopper on every request (Cache Components' documented "allowed to block"; docs/catalog.md).
export const instant = false;

export const metadata: Metadata = { title: 'Darte de baja', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const done = typeof params.listo === 'string' ? params.listo : null;
  const token = typeof params.token === 'string' ? params.token : '';
  const parsed = token ? readUnsubscribeToken(token) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl text-brand-900">Correos de Botica</h1>
      {done && (OPTIONAL_CATEGORIES as readonly string[]).includes(done) ? (
        <p role="status" className="mt-4 rounded-xl border border-sand-200 bg-white p-5 text-stone-800">
          Listo: ya no te enviaremos {CATEGORY_LABEL[done as keyof typeof CATEGORY_LABEL]}. Los correos de tus pedidos
          siguen llegando. Puedes cambiarlo cuando quieras en{' '}
          <Link href="/cuenta/preferencias" className="font-semibold text-brand-700 underline">
            tus preferencias
          </Link>
          .
        </p>
      ) : parsed ? (
        <form
          method="post"
          action={`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`}
          className="mt-4 rounded-xl border border-sand-200 bg-white p-5"
        >
          <p className="text-stone-800">¿Dejar de recibir {CATEGORY_LABEL[parsed.category]}?</p>
          <button
            type="submit"
            className="mt-4 rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Sí, darme de baja
          </button>
        </form>
      ) : (
        <p className="mt-4 text-stone-800">Este enlace no es válido. Revisa tus preferencias en tu cuenta.</p>
      )}
    </div>
  );
}
