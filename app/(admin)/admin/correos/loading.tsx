export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only">Cargando correos…</p>
      <div className="h-9 w-40 animate-pulse rounded bg-sand-200" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-sand-100" />
      <div className="space-y-2 rounded-xl border border-sand-200 bg-white p-4">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-6 animate-pulse rounded bg-sand-100" />
        ))}
      </div>
    </div>
  );
}
