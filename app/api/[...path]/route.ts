import { notFound } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';

/**
 * Any /api path no route serves answers the JSON envelope, not Next.js's HTML 404. The production
 * server refuses these before Next.js (lib/http/api-edge.ts); this covers `next dev` and other hosts.
 */
const unknown = apiRoute<{ path: string[] }>(async () => {
  throw notFound('No existe esta dirección de la API.');
});

export const GET = unknown;
export const POST = unknown;
export const PUT = unknown;
export const PATCH = unknown;
export const DELETE = unknown;
