export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8" role="status" aria-live="polite">
      <span className="sr-only">Cargando producto…</span>
      <div className="mb-6 h-4 w-64 animate-pulse rounded bg-sand-200" aria-hidden />
      <div className="grid gap-8 md:grid-cols-2 lg:gap-12" aria-hidden>
        <div className="aspect-square animate-pulse rounded-3xl bg-sand-100" />
        <div className="space-y-4">
          <div className="h-9 w-3/4 animate-pulse rounded bg-sand-200" />
          <div className="grid gap-2 sm:grid-cols-2">
            <div className="h-14 animate-pulse rounded-xl bg-sand-100" />
            <div className="h-14 animate-pulse rounded-xl bg-sand-100" />
          </div>
          <div className="h-9 w-40 animate-pulse rounded bg-sand-200" />
          <div className="h-6 w-24 animate-pulse rounded-full bg-sand-100" />
          <div className="h-24 animate-pulse rounded-xl bg-sand-100" />
        </div>
      </div>
    </div>
  );
}
