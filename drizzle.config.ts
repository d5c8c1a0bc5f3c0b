import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and committed; they are applied by `npm run db:migrate`
// (and at start). `drizzle-kit push` is never used.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/botica' },
  strict: true,
});
