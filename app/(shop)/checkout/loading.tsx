export default function CheckoutLoading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-10" aria-busy="true" aria-label="Preparando tu pedido">
      <div className="h-10 w-64 rounded-lg bg-sand-200" />
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-8">
          <div className="h-44 rounded-2xl border border-sand-200 bg-white" />
          <div className="h-80 rounded-2xl border border-sand-200 bg-white" />
        </div>
        <div className="h-96 rounded-2xl border border-sand-200 bg-white" />
      </div>
    </div>
  );
}
