'use client';

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">No pudimos cargar esta sección</h1>
      <p className="mt-2 text-sm text-red-800">
        Intenta de nuevo en un momento. Si sigue pasando, comparte este código con el equipo técnico.
      </p>
      {error.digest ? <p className="mt-1 font-mono text-xs text-red-800">{error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-lg bg-red-800 px-4 py-2 text-sm font-semibold text-white hover:bg-red-900"
      >
        Reintentar
      </button>
    </div>
  );
}
