import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { env } from '@/lib/env';
import { CART_COOKIE } from '@/lib/http/cookie-names';
import { API_REGISTRARS } from './registrars';
import { errorResponse, OpenAPIRegistry } from './registry';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

type Route = {
  method: string;
  path: string;
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  request?: { params?: unknown; query?: unknown; headers?: unknown; body?: unknown };
  responses: Record<string, unknown>;
};

let cached: OpenApiDocument | undefined;

const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'authjs.session-token',
    description:
      'La cookie de sesión de Auth.js (`__Secure-authjs.session-token` bajo HTTPS). Se obtiene con `GET /api/auth/csrf` y luego `POST /api/auth/callback/credentials`.',
  },
  cartCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: CART_COOKIE,
    description: 'El carrito de una visitante sin sesión; el servidor la crea al agregar el primer producto.',
  },
  wompiEventChecksum: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Event-Checksum',
    description: 'Checksum SHA-256 del evento, calculado por Wompi con el secreto de eventos.',
  },
} as const;

/** The `/api` OpenAPI 3.1 document, built once per process from every registrar's zod schemas. */
export function buildOpenApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  for (const register of API_REGISTRARS) register(registry);
  for (const definition of registry.definitions) {
    if (definition.type === 'route') completeRoute(definition.route as Route);
  }
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Botica — API de la tienda',
      version: '1.0.0',
      description:
        'API JSON de la tienda del spa (mismos servicios que las páginas). Dinero en centavos de COP enteros (`priceCents: 4990000` = $ 49.900). Errores con la forma `{ "error": { "code", "message", "details" } }`. Cuerpos JSON (`application/json`, UTF-8) de hasta 64 KiB. Una ruta desconocida bajo `/api` responde 404 `NOT-FOUND` y un método no admitido 405 `METHOD-NOT-ALLOWED` con `Allow`.',
      license: { name: 'Propietaria', identifier: 'LicenseRef-Botica' },
    },
    servers: [{ url: env.APP_URL }],
  });
  document.components = { ...document.components, securitySchemes: { ...SECURITY_SCHEMES } };
  cached = document;
  return cached;
}

/**
 * What every door shares, added once here rather than in each registrar (issue #21 finding 9): a
 * stable operationId, who may call it, and the statuses the edge itself can answer — 400 for a bad
 * path parameter or query, 403 for a cross-site browser write, 409 MKT-BUSY when a row lock is not had
 * in time, 413/415 for bodies, 503 when the database is unreachable.
 */
function completeRoute(route: Route): void {
  const { path, method, request } = route;
  route.operationId ??= operationId(method, path);
  const responses = route.responses;
  const has401 = '401' in responses;
  route.security ??= has401
    ? [{ sessionCookie: [] }]
    : path.startsWith('/api/v1/cart')
      ? [{}, { sessionCookie: [] }, { cartCookie: [] }]
      : [{}, { sessionCookie: [] }];
  if (path.startsWith('/api/auth/') || path === '/api/inngest' || path === '/api/v1/openapi.json') return;
  const add = (status: number) => {
    responses[String(status)] ??= errorResponse(status);
  };
  const isWebhook = path.startsWith('/api/webhooks/');
  const isWrite = method !== 'get';
  if (request?.params || request?.query) add(400);
  if (request?.body) {
    add(400);
    add(413);
    if (!isWebhook) add(415);
  }
  if (isWrite && !isWebhook) {
    add(403);
    add(409);
  }
  add(503);
}

/** `GET /api/v1/products/{slug}/reviews` → `getProductsBySlugReviews`. */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/(v1\/)?/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+?)\*?\}$/.exec(segment);
      return param ? ['by', param[1]!] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
