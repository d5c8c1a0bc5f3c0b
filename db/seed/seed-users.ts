import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { todayInBogota } from '@/lib/auth/vip';
import { env } from '@/lib/env';

type Role = (typeof users.$inferInsert)['role'];

type SeedUser = { email: string; password: string; name: string; role: Role; isVip: boolean; label: string };

// The users_email_lowercase CHECK refuses mixed case, and sign-in looks emails up lower-cased.
const adminEmail = (env.SEED_ADMIN_EMAIL ?? 'admin@botica.test').toLowerCase();

const SEED_USERS: SeedUser[] = [
  {
    email: adminEmail,
    password: env.SEED_ADMIN_PASSWORD ?? 'Botica-Admin-2026',
    name: 'Administración Botica',
    role: 'ADMIN',
    isVip: false,
    label: 'Admin',
  },
  {
    email: 'staff@botica.test',
    password: 'Botica-Staff-2026',
    name: 'Laura Gómez',
    role: 'STAFF',
    isVip: false,
    label: 'Staff',
  },
  {
    email: 'vip@botica.test',
    password: 'Botica-Vip-2026',
    name: 'Valentina Ríos',
    role: 'CUSTOMER',
    isVip: true,
    label: 'VIP',
  },
  {
    email: 'cliente@botica.test',
    password: 'Botica-Cliente-2026',
    name: 'Camilo Pérez',
    role: 'CUSTOMER',
    isVip: false,
    label: 'Cliente',
  },
];

export type SeedLogin = { role: string; email: string; password: string };

/** What `npm start` and `npm run db:seed` print. A password taken from the environment is not echoed. */
export const SEED_LOGINS: SeedLogin[] = SEED_USERS.map((u) => ({
  role: u.label,
  email: u.email,
  password: u.role === 'ADMIN' && env.SEED_ADMIN_PASSWORD ? '(SEED_ADMIN_PASSWORD)' : u.password,
}));

/** Same calendar day next year in Bogotá; 29 February becomes 28 February. */
export function oneYearFromToday(now: Date = new Date()): string {
  const [year, month, day] = todayInBogota(now).split('-');
  const nextDay = month === '02' && day === '29' ? '28' : day;
  return `${Number(year) + 1}-${month}-${nextDay}`;
}

/**
 * Creates the demo accounts that are missing. The unique key on email decides: an existing account
 * (say, an admin whose password was changed) is left exactly as it is.
 */
export async function seedUsers(db: Db): Promise<void> {
  const vipUntil = oneYearFromToday();
  const rows = await Promise.all(
    SEED_USERS.map(async (u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash: await hashPassword(u.password),
      vipUntil: u.isVip ? vipUntil : null,
    })),
  );
  await db.insert(users).values(rows).onConflictDoNothing({ target: users.email });
}
