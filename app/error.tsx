'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center" role="alert">
      <h1 className="font-serif text-4xl text-brand-900">Algo salió mal</h1>
      <p className="mt-4 text-stone-700">Tuvimos un problema mostrando esta página. Intenta de nuevo en un momento.</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-600">Código de referencia: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        Reintentar
      </button>
    </div>
  );
}
