import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { consumeRateLimit, peekRateLimit, resetRateLimit } from '@/lib/rate-limit/consume-rate-limit';

/**
 * Three limits on failed sign-ins, all in rate_limit_buckets (shared by every instance):
 *  - per (email, IP): one guesser against one account;
 *  - per IP over every email: one guesser spraying a common password over many accounts;
 *  - per account over every IP: many guessers (a botnet) against one account. Past the threshold the
 *    account backs off for 30 s, doubling per further failure, capped at 15 min: slow enough to make
 *    guessing useless, never a permanent lock an attacker could use to shut the owner out.
 * A correct password clears the (email, IP) and account buckets, never the IP one (an attacker with
 * an account of their own must not be able to reset their spraying budget).
 */
const WINDOW_SECONDS = 15 * 60;
const ACCOUNT_WINDOW_SECONDS = 60 * 60;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 15 * 60;

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function signInThrottleKey(email: string, ip: string): string {
  return `sign-in:${normalEmail(email)}:${ip}`;
}
const ipKey = (ip: string) => `sign-in-ip:${ip}`;
const accountKey = (email: string) => `sign-in-account:${normalEmail(email)}`;
const lockKey = (email: string) => `sign-in-lock:${normalEmail(email)}`;

/** Throws RATE-LIMITED (429, Retry-After) when any of the three limits is used up; costs no hash. */
export async function assertSignInAllowed(db: Db, args: { email: string; ip: string }): Promise<void> {
  const states = await Promise.all([
    peekRateLimit(db, { key: signInThrottleKey(args.email, args.ip), limit: env.RATE_LIMIT_SIGN_IN_PER_15_MIN }),
    peekRateLimit(db, { key: ipKey(args.ip), limit: env.RATE_LIMIT_SIGN_IN_IP_PER_15_MIN }),
    // A lock bucket exists only while the account backs off: any count means locked.
    peekRateLimit(db, { key: lockKey(args.email), limit: env.SIGN_IN_ACCOUNT_FAILURES_BEFORE_BACKOFF > 0 ? 1 : 0 }),
  ]);
  const refused = states.filter((s) => !s.allowed);
  if (refused.length > 0) throw rateLimited(Math.max(...refused.map((s) => s.retryAfterSeconds)));
}

export async function recordSignInFailure(db: Db, args: { email: string; ip: string }): Promise<void> {
  await consumeRateLimit(db, {
    key: signInThrottleKey(args.email, args.ip),
    limit: env.RATE_LIMIT_SIGN_IN_PER_15_MIN,
    windowSeconds: WINDOW_SECONDS,
  });
  await consumeRateLimit(db, {
    key: ipKey(args.ip),
    limit: env.RATE_LIMIT_SIGN_IN_IP_PER_15_MIN,
    windowSeconds: WINDOW_SECONDS,
  });
  const threshold = env.SIGN_IN_ACCOUNT_FAILURES_BEFORE_BACKOFF;
  if (threshold <= 0) return;
  const account = await consumeRateLimit(db, {
    key: accountKey(args.email),
    limit: threshold,
    windowSeconds: ACCOUNT_WINDOW_SECONDS,
  });
  if (account.allowed) return;
  // Failures past the threshold: 0 for the first, so the lock grows 30 s, 60 s, 120 s…
  const [row] = await db.execute<{ count: number }>(
    sql`SELECT count FROM rate_limit_buckets WHERE key = ${accountKey(args.email)}`,
  );
  const over = Math.max(0, Number(row?.count ?? threshold + 1) - threshold - 1);
  const seconds = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.min(over, 20));
  await db.execute(sql`
    INSERT INTO rate_limit_buckets (key, count, reset_at)
    VALUES (${lockKey(args.email)}, 1, now() + make_interval(secs => ${seconds}))
    ON CONFLICT (key) DO UPDATE SET count = 1, reset_at = excluded.reset_at`);
}

export async function recordSignInSuccess(db: Db, args: { email: string; ip: string }): Promise<void> {
  await resetRateLimit(db, signInThrottleKey(args.email, args.ip));
  await resetRateLimit(db, accountKey(args.email));
  await resetRateLimit(db, lockKey(args.email));
}
