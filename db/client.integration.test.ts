import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { requireDatabaseUrl } from '@/lib/env';
import { createDb } from './client';
import { users } from './schema';

// One connection, so every query below and the pg_prepared_statements view see the same session.
const db = createDb({ url: requireDatabaseUrl(), max: 1, applicationName: 'botica-test-prepare' });
afterAll(() => db.$client.end({ timeout: 5 }));

/** The named statements this connection holds: postgres.js names the ones it prepares, unnamed ones leave no row. */
async function preparedStatements(): Promise<string[]> {
  const rows = await db.execute<{ statement: string }>(sql`SELECT statement FROM pg_prepared_statements`);
  return rows.map((row) => row.statement);
}

const holds = (statements: string[], marker: string) => statements.some((s) => s.includes(marker));

// db/client.ts patches postgres.js (its `unsafe`, `begin` and `savepoint`) so that every parameterised
// query is a prepared statement. The patch leans on postgres.js internals: if an upgrade renames or
// reshapes them, these tests fail instead of the app silently going back to two round trips a query.
describe('db/client.ts prepared statements by default', () => {
  it('prepares parameterised queries on the pool, once per connection', async () => {
    const byId = () =>
      db.select({ id: users.id }).from(users).where(eq(users.id, '00000000-0000-4000-8000-000000000001'));
    await byId();
    await byId();
    const statements = await preparedStatements();
    expect(statements.filter((s) => s.includes('from "users" where "users"."id" = $1'))).toHaveLength(1);
  });

  it('prepares them inside a transaction and inside a savepoint too', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT ${1}::int AS in_transaction`);
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(sql`SELECT ${2}::int AS in_savepoint`);
      });
    });
    const statements = await preparedStatements();
    expect(holds(statements, 'in_transaction')).toBe(true);
    expect(holds(statements, 'in_savepoint')).toBe(true);
  });

  it('leaves queries without parameters unprepared', async () => {
    await db.execute(sql`SELECT 42 AS no_parameters`);
    expect(holds(await preparedStatements(), 'no_parameters')).toBe(false);
  });
});
