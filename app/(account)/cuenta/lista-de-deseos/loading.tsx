export default function WishlistLoading() {
  return (
    <div
      className="mx-auto max-w-4xl animate-pulse px-4 py-10"
      aria-busy="true"
      aria-label="Cargando tu lista de deseos"
    >
      <div className="h-9 w-64 rounded-lg bg-sand-200" />
      <div className="mt-2 h-5 w-40 rounded bg-sand-100" />
      <div className="mt-6 space-y-4">
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex gap-4 rounded-2xl border border-sand-200 bg-white p-5">
            <div className="size-28 rounded-xl bg-sand-200" />
            <div className="flex-1 space-y-2">
              <div className="h-5 w-2/3 rounded bg-sand-200" />
              <div className="h-4 w-1/4 rounded bg-sand-100" />
              <div className="mt-4 h-9 w-44 rounded-lg bg-sand-100" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
