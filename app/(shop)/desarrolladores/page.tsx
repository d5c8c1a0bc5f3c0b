import type { Metadata } from 'next';
import { ApiReference } from '@/components/catalog/api-reference';
import { buildOpenApiDocument } from '@/lib/openapi/document';

export const metadata: Metadata = {
  title: 'API para desarrolladores',
  description: 'Referencia de la API JSON de la tienda (OpenAPI 3.1).',
};

export default function DevelopersPage() {
  const document = buildOpenApiDocument();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <header className="mb-8">
        <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">API para desarrolladores</h1>
        <p className="mt-3 max-w-3xl text-stone-700">{document.info.description}</p>
        <ul className="mt-4 list-disc space-y-1 pl-5 text-stone-700">
          <li>
            Documento OpenAPI 3.1:{' '}
            <a
              href="/api/v1/openapi.json"
              className="font-mono font-semibold text-brand-800 underline underline-offset-2"
            >
              /api/v1/openapi.json
            </a>
          </li>
          <li>
            La API pública del catálogo tiene un límite de solicitudes por IP; al pasarlo responde 429 con el encabezado
            Retry-After.
          </li>
          <li>
            Los precios siempre vienen de la base de datos; los montos se expresan en centavos de COP (pesos enteros).
          </li>
        </ul>
      </header>
      <ApiReference document={document} />
    </div>
  );
}
