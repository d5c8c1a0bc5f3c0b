import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Pagination } from '@/components/catalog/pagination';
import { MyReviewItem } from '@/components/reviews/my-review-item';
import { getDb } from '@/db/client';
import { REVIEW_LIMITS } from '@/db/schema/reviews';
import { getCurrentUser } from '@/lib/auth/guards';
import { listOwnReviews } from '@/lib/reviews/list-own-reviews';

// Per shopper on every request (Cache Components' documented "allowed to block"; docs/catalog.md).
export const instant = false;

export const metadata: Metadata = { title: 'Mis reseñas' };

const PAGE_SIZE = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyReviewsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/resenas');
  const raw = (await searchParams).pagina;
  const requested = typeof raw === 'string' ? Number.parseInt(raw, 10) : 1;
  const page = Number.isSafeInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const result = await listOwnReviews(getDb(), { userId: user.id, query: { page, pageSize: PAGE_SIZE } });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <nav aria-label="Migas de pan" className="text-sm text-stone-600">
        <Link href="/cuenta" className="hover:underline">
          Mi cuenta
        </Link>
      </nav>
      <h1 className="mt-2 font-serif text-3xl text-brand-900 sm:text-4xl">Mis reseñas</h1>
      <p className="mt-2 text-stone-700">
        Todas tus reseñas. Las que la tienda ocultó por moderación solo las ves tú; puedes editarlas.
      </p>
      {result.total === 0 ? (
        <p className="mt-6 rounded-2xl border border-sand-200 bg-white p-6 text-stone-700">
          Aún no has escrito reseñas. Puedes hacerlo desde la página de cada producto.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {result.items.map((review) => (
            <MyReviewItem
              key={review.id}
              review={review}
              limits={{ title: REVIEW_LIMITS.title, comment: REVIEW_LIMITS.comment }}
            />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        total={result.total}
        pageSize={PAGE_SIZE}
        hrefFor={(p) => `/cuenta/resenas?pagina=${p}`}
      />
    </div>
  );
}
