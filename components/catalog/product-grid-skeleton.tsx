import { ProductCardSkeleton } from '@/components/product/product-card-skeleton';

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4" aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        <ProductCardSkeleton key={i} />
      ))}
    </div>
  );
}

/** The loading state of a product list page: announced once, drawn as the page will look. */
export function CatalogPageSkeleton({ title }: { title: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8" role="status" aria-live="polite">
      <span className="sr-only">Cargando productos…</span>
      <h1 className="font-serif text-3xl text-brand-900">{title}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <div className="hidden h-96 animate-pulse rounded-2xl bg-sand-100 lg:block" aria-hidden />
        <div>
          <div className="mb-4 h-5 w-40 animate-pulse rounded bg-sand-200" aria-hidden />
          <ProductGridSkeleton count={8} />
        </div>
      </div>
    </div>
  );
}
