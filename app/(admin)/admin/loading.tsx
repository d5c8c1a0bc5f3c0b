export default function AdminLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Cargando…</span>
      <div className="h-9 w-64 animate-pulse rounded-lg bg-sand-200" />
      <div className="h-16 animate-pulse rounded-xl bg-sand-100" />
      <div className="space-y-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-10 animate-pulse rounded-lg bg-sand-100" />
        ))}
      </div>
    </div>
  );
}
