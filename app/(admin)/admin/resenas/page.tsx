import { BadgeCheck } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { REVIEW_LIMITS } from '@/db/schema/reviews';
import { ResponseForm, VisibilityToggle } from '@/components/reviews/moderation-actions';
import { Stars } from '@/components/reviews/stars';
import { getCurrentUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { listReviewsForModeration, type ModerationPage } from '@/lib/reviews/list-reviews-for-moderation';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Reseñas' };

const dateFmt = new Intl.DateTimeFormat('es-CO', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Bogota',
});
type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Reads the filters from the URL; a hand-edited bad value falls back to the unfiltered list. */
async function loadPage(params: Params): Promise<ModerationPage> {
  const query = {
    visibility: first(params.estado),
    rating: first(params.estrellas),
    product: first(params.producto),
    page: first(params.pagina),
  };
  try {
    return await listReviewsForModeration(getDb(), { query });
  } catch (error) {
    if (isAppError(error) && error.code === 'VALIDATION') return listReviewsForModeration(getDb(), { query: {} });
    throw error;
  }
}

export default async function ReviewsAdminPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await getCurrentUser();
  if (!user || (user.role !== 'ADMIN' && user.role !== 'STAFF')) notFound();
  const data = await loadPage(await searchParams);
  const { query } = data;
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageHref = (page: number) => {
    const params = new URLSearchParams({
      estado: query.visibility,
      ...(query.rating ? { estrellas: String(query.rating) } : {}),
      ...(query.product ? { producto: query.product } : {}),
      pagina: String(page),
    });
    return `/admin/resenas?${params}`;
  };

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl text-brand-900">Reseñas</h1>
        <p className="mt-1 text-stone-700">
          Oculta lo que no cumple las normas de la tienda y responde en público. Las reseñas ocultas no cuentan en el
          promedio.
        </p>
      </header>

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4"
        aria-label="Filtrar reseñas"
      >
        <div>
          <label htmlFor="f-estado" className="block text-sm font-medium text-stone-800">
            Estado
          </label>
          <select
            id="f-estado"
            name="estado"
            defaultValue={query.visibility}
            className="mt-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="all">Todas</option>
            <option value="visible">Visibles</option>
            <option value="hidden">Ocultas</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-estrellas" className="block text-sm font-medium text-stone-800">
            Calificación
          </label>
          <select
            id="f-estrellas"
            name="estrellas"
            defaultValue={query.rating ? String(query.rating) : ''}
            className="mt-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Todas</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {n === 1 ? '1 estrella' : `${n} estrellas`}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor="f-producto" className="block text-sm font-medium text-stone-800">
            Producto
          </label>
          <input
            id="f-producto"
            name="producto"
            type="search"
            defaultValue={query.product ?? ''}
            placeholder="Nombre o slug"
            className="mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Filtrar
        </button>
        <Link
          href="/admin/resenas"
          className="px-2 py-2 text-sm font-semibold text-stone-700 underline underline-offset-2"
        >
          Limpiar
        </Link>
      </form>

      <p className="text-sm text-stone-700" aria-live="polite">
        {data.total === 1 ? '1 reseña' : `${data.total} reseñas`}
      </p>

      {data.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-sand-200 bg-white p-8 text-center text-stone-700">
          No hay reseñas con estos filtros.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-sand-200 bg-white">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <caption className="sr-only">Reseñas para moderar, de la más reciente a la más antigua</caption>
            <thead className="bg-sand-50 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Producto
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Reseña
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Autor
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Estado
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Acciones
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-sand-200 align-top">
              {data.items.map((r) => (
                <tr key={r.id} className={r.isVisible ? undefined : 'bg-stone-50'}>
                  <td className="px-4 py-3">
                    <Link
                      href={`/productos/${r.product.slug}#resenas`}
                      className="font-medium text-brand-800 hover:underline"
                    >
                      {r.product.name}
                    </Link>
                    <p className="mt-1 text-xs text-stone-600">{dateFmt.format(new Date(r.createdAt))}</p>
                  </td>
                  <td className="max-w-md px-4 py-3">
                    <Stars rating={r.rating} />
                    {r.title ? (
                      <p className="mt-1 font-semibold [overflow-wrap:anywhere] text-stone-900">{r.title}</p>
                    ) : null}
                    {r.comment ? (
                      <p className="mt-1 [overflow-wrap:anywhere] whitespace-pre-line text-stone-800">{r.comment}</p>
                    ) : null}
                    {r.adminResponse ? (
                      <p className="mt-2 border-l-4 border-brand-600 bg-brand-50 px-3 py-2 [overflow-wrap:anywhere] text-stone-800">
                        <span className="font-semibold">Respuesta:</span> {r.adminResponse}
                      </p>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <p className="text-stone-900">{r.author.name}</p>
                    <p className="text-xs text-stone-600">{r.author.email}</p>
                    {r.isVerifiedPurchase ? (
                      <p className="mt-1 inline-flex items-center gap-1 text-xs font-semibold text-brand-800">
                        <BadgeCheck aria-hidden className="size-3.5" /> Compra verificada
                      </p>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <span
                      className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${r.isVisible ? 'bg-brand-50 text-brand-800 ring-1 ring-brand-200' : 'bg-stone-200 text-stone-800'}`}
                    >
                      {r.isVisible ? 'Visible' : 'Oculta'}
                    </span>
                  </td>
                  <td className="px-4 py-3">
                    <VisibilityToggle reviewId={r.id} isVisible={r.isVisible} productName={r.product.name} />
                    <ResponseForm reviewId={r.id} response={r.adminResponse} maxLength={REVIEW_LIMITS.adminResponse} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Páginas de reseñas" className="flex items-center justify-between gap-3 text-sm">
          {data.page > 1 ? (
            <Link
              href={pageHref(data.page - 1)}
              className="rounded-lg px-3 py-2 font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
            >
              Anterior
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-700">
            Página {data.page} de {pageCount}
          </span>
          {data.page < pageCount ? (
            <Link
              href={pageHref(data.page + 1)}
              className="rounded-lg px-3 py-2 font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
            >
              Siguiente
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
