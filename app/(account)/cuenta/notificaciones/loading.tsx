export default function Loading() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8" aria-busy="true" aria-live="polite">
      <p className="sr-only">Cargando notificaciones…</p>
      <div className="h-9 w-56 animate-pulse rounded bg-sand-200" />
      <div className="mt-2 h-4 w-32 animate-pulse rounded bg-sand-100" />
      <ul className="mt-6 space-y-px overflow-hidden rounded-2xl border border-sand-200 bg-white">
        {Array.from({ length: 5 }, (_, i) => (
          <li key={i} className="space-y-2 p-4">
            <div className="h-4 w-2/3 animate-pulse rounded bg-sand-200" />
            <div className="h-3 w-5/6 animate-pulse rounded bg-sand-100" />
          </li>
        ))}
      </ul>
    </div>
  );
}
