import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { env } from '@/lib/env';
import { API_REGISTRARS } from './registrars';
import { OpenAPIRegistry } from './registry';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

let cached: OpenApiDocument | undefined;

/** The `/api/v1` OpenAPI 3.1 document, built once per process from every registrar's zod schemas. */
export function buildOpenApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  for (const register of API_REGISTRARS) register(registry);
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Botica — API de la tienda',
      version: '1.0.0',
      description:
        'API JSON de la tienda del spa (mismos servicios que las páginas). Dinero en centavos de COP enteros (`priceCents: 4990000` = $ 49.900). Errores con la forma `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: env.APP_URL }],
  });
  return cached;
}
