import { OpenAPIRegistry, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/**
 * Building blocks for the `/api/v1` OpenAPI 3.1 document. Each feature describes its own endpoints in
 * a registrar next to its zod schemas (e.g. `lib/catalog/openapi.ts`) and lists it in
 * `lib/openapi/registrars.ts`; `buildOpenApiDocument()` runs them all on a fresh registry.
 *
 *   export const registerCartApi: ApiRegistrar = (registry) => {
 *     registry.registerPath({
 *       method: 'post', path: '/api/v1/cart/items', tags: ['Carrito'], summary: 'Agrega un producto',
 *       request: { body: jsonBody(addItemSchema) },
 *       responses: { 201: jsonResponse('El carrito.', cartSchema), ...errorResponses(400, 404, 409, 422, 429) },
 *     });
 *   };
 */
export type ApiRegistrar = (registry: OpenAPIRegistry) => void;

export { OpenAPIRegistry };

/** The docs/api.md error envelope. */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION' }),
      message: z
        .string()
        .meta({ description: 'En español, apto para mostrar a la clienta.', example: 'Revisa los datos marcados.' }),
      details: z.record(z.string(), z.unknown()).meta({ description: 'VALIDATION trae `fields` (campo → mensaje).' }),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Datos inválidos (`VALIDATION`, con `details.fields`).',
  401: 'Sin sesión (`AUTH-REQUIRED`).',
  403: 'Sin permiso (`FORBIDDEN`), o una solicitud de navegador de otro sitio.',
  404: 'No existe o no es tuyo (`NOT-FOUND`).',
  409: 'Choca con el estado actual; `MKT-BUSY` (con `Retry-After`) si otra operación tiene el registro bloqueado.',
  413: 'Cuerpo de más de 64 KiB (`PAYLOAD-TOO-LARGE`).',
  415: 'El cuerpo no es `application/json` en UTF-8 (`UNSUPPORTED-MEDIA-TYPE`).',
  422: 'Una regla de negocio lo rechazó.',
  429: 'Demasiadas solicitudes (`RATE-LIMITED`); ver `Retry-After`.',
  503: 'La base de datos u otra dependencia no está disponible (`SERVICE-UNAVAILABLE`); ver `Retry-After`.',
};

const RETRY_AFTER = z.object({ 'Retry-After': z.string().meta({ description: 'Segundos de espera.' }) });

/** One error response with the docs/api.md envelope; 409, 429 and 503 document Retry-After. */
export function errorResponse(status: number, description = ERROR_DESCRIPTIONS[status] ?? 'Error.'): ResponseConfig {
  return {
    description,
    content: { 'application/json': { schema: errorEnvelopeSchema } },
    ...(status === 409 || status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
  };
}

/** api.md: a client-generated UUID; the same key and body replay the first answer for 24 h. */
export const IDEMPOTENCY_KEY_HEADER = z.uuid().meta({
  description:
    'UUID generado por el cliente. La misma clave con el mismo cuerpo repite la primera respuesta durante 24 h; con otro cuerpo → 422 `IDEMPOTENCY-KEY-REUSED`; mientras la primera sigue en curso → 409 `IDEMPOTENCY-IN-FLIGHT`.',
  example: '3f0c7a4e-9b1d-4c55-8a2e-6d7f1b2c3a4d',
});

/** Error responses for the given statuses with their usual descriptions. */
export function errorResponses(...statuses: number[]): Record<string, ResponseConfig> {
  return Object.fromEntries(statuses.map((status) => [String(status), errorResponse(status)]));
}

export function jsonResponse(description: string, schema: z.ZodType): ResponseConfig {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody(schema: z.ZodType, description?: string) {
  return { required: true, description, content: { 'application/json': { schema } } };
}
