export default function OrderLoading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-10" aria-busy="true" aria-label="Cargando tu pedido">
      <div className="h-4 w-40 rounded bg-sand-200" />
      <div className="mt-3 h-10 w-56 rounded-lg bg-sand-200" />
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <div className="h-48 rounded-2xl border border-sand-200 bg-white" />
          <div className="h-72 rounded-2xl border border-sand-200 bg-white" />
        </div>
        <div className="space-y-8">
          <div className="h-40 rounded-2xl border border-sand-200 bg-white" />
          <div className="h-56 rounded-2xl border border-sand-200 bg-white" />
        </div>
      </div>
    </div>
  );
}
