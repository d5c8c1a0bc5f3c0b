import { eq, sql } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { sessionCookieName } from '@/lib/http/cookie-names';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { mayOpenAdminPage } from './admin-page-gate';

const db = testDb();
const name = sessionCookieName(env.APP_URL);

/** A cookie jar like proxy.ts's `request.cookies`, holding a session for `userId`. */
async function jarFor(userId: string | null, sessionVersion = 0) {
  const cookies = new Map<string, string>();
  if (userId)
    cookies.set(
      name,
      await encode({ token: { sub: userId, sv: sessionVersion }, secret: env.AUTH_SECRET!, salt: name, maxAge: 3600 }),
    );
  return {
    get: (n: string) => (cookies.has(n) ? { value: cookies.get(n)! } : undefined),
    has: (n: string) => cookies.has(n),
  };
}

describe('mayOpenAdminPage (proxy.ts)', () => {
  it('lets admins everywhere, staff into their areas, and nobody else in', async () => {
    const admin = await createTestUser(db, { role: 'ADMIN' });
    const staff = await createTestUser(db, { role: 'STAFF' });
    const customer = await createTestUser(db, { role: 'CUSTOMER' });
    expect(await mayOpenAdminPage(db, await jarFor(admin.id), '/admin/productos')).toBe(true);
    expect(await mayOpenAdminPage(db, await jarFor(staff.id), '/admin/pedidos/1')).toBe(true);
    expect(await mayOpenAdminPage(db, await jarFor(staff.id), '/admin/productos')).toBe(false);
    expect(await mayOpenAdminPage(db, await jarFor(customer.id), '/admin')).toBe(false);
    expect(await mayOpenAdminPage(db, await jarFor(null), '/admin')).toBe(false);
  });

  it('reads the role from the database: a demotion or an ended session counts at once', async () => {
    const admin = await createTestUser(db, { role: 'ADMIN' });
    const jar = await jarFor(admin.id);
    await db.update(users).set({ role: 'CUSTOMER' }).where(eq(users.id, admin.id));
    expect(await mayOpenAdminPage(db, jar, '/admin')).toBe(false);
    await db
      .update(users)
      .set({ role: 'ADMIN', sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, admin.id));
    expect(await mayOpenAdminPage(db, jar, '/admin')).toBe(false);
  });
});
