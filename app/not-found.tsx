import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl text-brand-900">No encontramos esta página</h1>
      <p className="mt-4 text-stone-700">Puede que el enlace esté roto o que el producto ya no esté disponible.</p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Ir al inicio
        </Link>
        <Link
          href="/productos"
          className="rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          Ver productos
        </Link>
      </div>
    </div>
  );
}
