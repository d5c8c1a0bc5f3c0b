import { hash, verify } from '@node-rs/argon2';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';

// @node-rs/argon2: maintained Rust binding with prebuilt binaries (no node-gyp), argon2id by default.
// OWASP's argon2id floor: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most PASSWORD_HASH_CONCURRENCY hashes run at once per process, and at most PASSWORD_HASH_QUEUE
 * wait; beyond that the attempt is refused with 429 (Retry-After 1) instead of queueing without end,
 * so a flood of sign-ins cannot take every core (or 19 MiB each) from the rest of the store.
 */
let running = 0;
const waiting: Array<() => void> = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= env.PASSWORD_HASH_CONCURRENCY) {
    if (waiting.length >= env.PASSWORD_HASH_QUEUE) throw rateLimited(1);
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many hashes run and wait right now (tests). */
export function passwordHashLoad(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

export async function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, OPTIONS));
}

// Verified against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash('botica-timing-equaliser', OPTIONS);
    const known = await dummyHash;
    await withHashSlot(() => verify(known, password).catch(() => false));
    return false;
  }
  return withHashSlot(() => verify(passwordHash, password).catch(() => false));
}
