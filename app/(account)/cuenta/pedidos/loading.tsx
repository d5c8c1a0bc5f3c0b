export default function OrdersLoading() {
  return (
    <div className="mx-auto max-w-4xl animate-pulse px-4 py-10" aria-busy="true" aria-label="Cargando tus pedidos">
      <div className="h-4 w-24 rounded bg-sand-200" />
      <div className="mt-3 h-10 w-52 rounded-lg bg-sand-200" />
      <div className="mt-6 space-y-3">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 rounded-2xl border border-sand-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
