import postgres from 'postgres';
import { StartupError } from './ports';

/** One clear line when DATABASE_URL points nowhere, instead of a driver stack trace. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    const host = (() => {
      try {
        const u = new URL(url);
        return `${u.hostname}:${u.port || 5432}`;
      } catch {
        return 'DATABASE_URL';
      }
    })();
    throw new StartupError(
      `Could not connect to PostgreSQL at ${host} (${code}). Check DATABASE_URL, or unset it to use the embedded database.`,
    );
  } finally {
    await sql.end({ timeout: 2 });
  }
}
