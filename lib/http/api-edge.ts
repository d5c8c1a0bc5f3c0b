import { API_ROUTES } from './api-routes.generated';

/**
 * The API's front door, before Next.js routes a request (scripts/serve.ts runs it on every `/api`
 * request). Next.js answers these three cases itself with a 500 text page, its 21 KB HTML 404 or an
 * empty 405; a JSON API answers JSON, always (issue #21):
 * - a path segment that is not valid percent-encoded UTF-8 (`%E0%A4%A`, `%ZZ`) → 400 VALIDATION;
 * - a path no route serves → 404 NOT-FOUND;
 * - a method the route does not serve → 405 METHOD-NOT-ALLOWED with `Allow`.
 * The route table is generated from app/api/**\/route.ts (lib/http/api-routes.generated.ts).
 */
export type EdgeRefusal = { status: number; headers: Record<string, string>; body: string };

type Route = { segments: string[]; methods: readonly string[] };

const ROUTES: Route[] = API_ROUTES.map((route) => ({
  segments: route.path.split('/').filter(Boolean),
  methods: route.methods,
}));

export function apiEdgeRefusal(method: string, rawUrl: string): EdgeRefusal | null {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (rawPath !== '/api' && !rawPath.startsWith('/api/')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.split('/').filter(Boolean)) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return refusal(400, 'VALIDATION', 'La dirección tiene un carácter mal codificado.', {
        fields: { path: 'Codificación por porcentaje inválida.' },
      });
    }
  }
  const matches = ROUTES.filter((route) => matchesPath(route.segments, segments));
  if (matches.length === 0) return refusal(404, 'NOT-FOUND', 'No existe esta dirección de la API.');
  const upper = method.toUpperCase();
  const allowed = new Set(matches.flatMap((route) => route.methods));
  if (allowed.has('GET')) allowed.add('HEAD');
  allowed.add('OPTIONS');
  if (allowed.has(upper)) return null;
  const allow = [...allowed].sort().join(', ');
  return refusal(405, 'METHOD-NOT-ALLOWED', 'Este método no está permitido aquí.', { allow }, { Allow: allow });
}

function matchesPath(template: string[], segments: string[]): boolean {
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    if (part.endsWith('*}')) return segments.length > i; // catch-all: one segment or more
    const segment = segments[i];
    if (segment === undefined) return false;
    if (!part.startsWith('{') && part !== segment) return false;
  }
  return segments.length === template.length;
}

function refusal(
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): EdgeRefusal {
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify({ error: { code, message, details } }),
  };
}
