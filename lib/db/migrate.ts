import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import { createDb } from '@/db/client';

/** Applies the committed drizzle-kit migrations under db/migrations. */
export async function applyMigrations(url: string): Promise<void> {
  const db = createDb({ url, max: 1, applicationName: 'botica-migrate' });
  try {
    await migrate(db, { migrationsFolder: path.resolve(process.cwd(), 'db/migrations') });
  } finally {
    await db.$client.end();
  }
}
