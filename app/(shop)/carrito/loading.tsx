export default function CartLoading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-10" aria-busy="true" aria-label="Cargando tu carrito">
      <div className="h-10 w-48 rounded-lg bg-sand-200" />
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4 rounded-2xl border border-sand-200 bg-white p-6">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex gap-4">
              <div className="size-20 rounded-xl bg-sand-200" />
              <div className="flex-1 space-y-2">
                <div className="h-5 w-2/3 rounded bg-sand-200" />
                <div className="h-4 w-1/3 rounded bg-sand-100" />
                <div className="h-9 w-32 rounded bg-sand-100" />
              </div>
            </div>
          ))}
        </div>
        <div className="h-56 rounded-2xl border border-sand-200 bg-white" />
      </div>
    </div>
  );
}
