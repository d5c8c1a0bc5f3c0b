export default function PaymentResultLoading() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12" aria-busy="true">
      <div className="rounded-2xl border border-amber-200 bg-amber-50 p-8 text-amber-950">
        <p className="font-serif text-3xl">Estamos confirmando tu pago con Wompi…</p>
        <p className="mt-2">No cierres esta página.</p>
      </div>
    </div>
  );
}
