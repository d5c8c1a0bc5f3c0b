import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject, vi } from 'vitest';

// Runs before each integration test file is imported: gives the file a fresh database cloned from the
// migrated template and points DATABASE_URL (read by lib/env) at it, so files never see each other's rows.
const adminUrl = inject('pgAdminUrl');
const databaseName = `t_${randomBytes(6).toString('hex')}`;

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE "${databaseName}" TEMPLATE botica_template`);
await admin.end();

process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${databaseName}`);

afterAll(async () => {
  const { closeTestPools } = await import('./test-db');
  await closeTestPools();
  const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await cleanup.end();
});

// Services and route handlers call `'use cache'` readers (lib/catalog/cached-catalog.ts), whose
// cacheLife()/cacheTag() only work inside Next.js's renderer. Here they run as plain functions: every
// call reads PostgreSQL, which is what these tests check. The doors' updateTag()/revalidateTag()
// (lib/catalog/door-tags.ts) need a request scope too: no-ops here, the services' own invalidation
// (NOTIFY) is what the cache tests check. A test file's own vi.mock('next/cache') wins.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));
// connection() (routes that must never be prerendered) likewise needs a request scope.
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  connection: async () => {},
}));
