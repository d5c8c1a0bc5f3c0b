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
      `No se pudo conectar a PostgreSQL en ${host} (${code}). Revisa DATABASE_URL o quítala para usar la base embebida.`,
    );
  } finally {
    await sql.end({ timeout: 2 });
  }
}
