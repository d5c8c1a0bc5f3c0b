import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { logger, errorFields } from '@/lib/logger';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    await getDb().execute(sql`SELECT 1`);
    return Response.json({ status: 'ok', db: 'ok' });
  } catch (error) {
    logger.error(errorFields(error), 'health.db_unreachable');
    return Response.json({ status: 'degraded', db: 'unreachable' }, { status: 503, headers: { 'Retry-After': '5' } });
  }
}
