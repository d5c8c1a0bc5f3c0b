import { connection } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { buildOpenApiDocument } from '@/lib/openapi/document';

// Generated from the zod schemas at run time (APP_URL is a run-time setting), then kept per process.
export const GET = apiRoute(async () => {
  await connection();
  return Response.json(buildOpenApiDocument());
});
