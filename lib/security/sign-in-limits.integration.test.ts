import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { passwordHashLoad, verifyPassword } from '@/lib/auth/password';
import { signUp } from '@/lib/auth/sign-up';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { stampClientIp } from '@/lib/http/trusted-proxies';
import { testDb } from '@/lib/testing/test-db';

/**
 * Sign-in throttling tried the way an attacker would: over a real socket, through the same stamp the
 * production server applies (scripts/serve.ts → lib/http/client-ip.ts), with forged forwarding headers.
 */
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    stampClientIp(req);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const { email, password } = JSON.parse(body) as { email: string; password: string };
      authenticate(testDb(), { email, password, ip: clientIp(headers) }).then(
        (user) => res.writeHead(user ? 200 : 401).end(),
        (error: unknown) => res.writeHead(isAppError(error) ? error.status : 500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function attempt(email: string, password: string, forgedIp?: string): Promise<number> {
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST',
    headers: forgedIp ? { 'x-forwarded-for': forgedIp, 'x-real-ip': forgedIp, 'x-botica-client-ip': forgedIp } : {},
    body: JSON.stringify({ email, password }),
  });
  return res.status;
}

async function clearBuckets() {
  await testDb().execute(sql`DELETE FROM rate_limit_buckets`);
}

describe('sign-in limits', () => {
  it('12 wrong passwords from rotating forged IPs → 429; a forged X-Forwarded-For never resets the limit', async () => {
    await clearBuckets();
    const email = 'victima-rotando@correo.com';
    await signUp(testDb(), { email, password: 'la-clave-correcta', name: 'Víctima' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await attempt(email, `mala-${i}-xxxxxxxx`, `198.51.100.${i + 1}`));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right password from yet another forged address stays refused.
    expect(await attempt(email, 'la-clave-correcta', '203.0.113.99')).toBe(429);
  });

  it('spraying one password over 30 accounts from one IP → 429, whatever the forged headers', async () => {
    await clearBuckets();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push(await attempt(`cuenta-${i}@correo.com`, 'Verano2026!!', `10.9.${i}.1`));
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
  });

  it('a correct password of an own account does not reset the IP budget', async () => {
    await clearBuckets();
    await signUp(testDb(), { email: 'atacante@correo.com', password: 'clave-del-atacante', name: 'Atacante' });
    for (let i = 0; i < 15; i++) expect(await attempt(`rociada-${i}@correo.com`, 'Verano2026!!')).toBe(401);
    expect(await attempt('atacante@correo.com', 'clave-del-atacante')).toBe(200);
    const after: number[] = [];
    for (let i = 15; i < 25; i++) after.push(await attempt(`rociada-${i}@correo.com`, 'Verano2026!!'));
    expect(after.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('many IPs against one account: growing back-off, never a permanent lock', async () => {
    await clearBuckets();
    const db = testDb();
    const email = 'botnet@correo.com';
    await signUp(db, { email, password: 'la-clave-correcta', name: 'Objetivo' });
    // 20 distinct real addresses, one failure each (authenticate directly: the socket is always 127.0.0.1 here).
    for (let i = 0; i < 20; i++)
      expect(await authenticate(db, { email, password: `mala-${i}-xxxxxx`, ip: `192.0.2.${i}` })).toBeNull();
    // The 21st failure starts the back-off: 30 s.
    expect(await authenticate(db, { email, password: 'mala-21-xxxxxx', ip: '192.0.2.100' })).toBeNull();
    const refused = await authenticate(db, { email, password: 'la-clave-correcta', ip: '192.0.2.101' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'RATE-LIMITED', status: 429 });
    const lock = await db.execute<{ secs: number }>(
      sql`SELECT CEIL(EXTRACT(EPOCH FROM reset_at - now()))::int AS secs FROM rate_limit_buckets WHERE key = ${`sign-in-lock:${email}`}`,
    );
    expect(Number(lock[0]!.secs)).toBeLessThanOrEqual(30);
    // The lock ends by itself: then the owner signs in, which clears the account's failures.
    await db.execute(
      sql`UPDATE rate_limit_buckets SET reset_at = now() - interval '1 second' WHERE key = ${`sign-in-lock:${email}`}`,
    );
    expect(await authenticate(db, { email, password: 'la-clave-correcta', ip: '192.0.2.101' })).not.toBeNull();
    // Growth: once a lock ends, each further failure doubles it (60 s, 120 s, …), capped at 15 minutes.
    for (let i = 0; i < 21; i++)
      await authenticate(db, { email, password: `mala-b${i}-xxxxxx`, ip: `192.0.3.${i}` }).catch(() => null);
    const locks: number[] = [];
    for (let round = 0; round < 7; round++) {
      const [row] = await db.execute<{ secs: number }>(
        sql`SELECT CEIL(EXTRACT(EPOCH FROM reset_at - now()))::int AS secs FROM rate_limit_buckets WHERE key = ${`sign-in-lock:${email}`}`,
      );
      locks.push(Number(row!.secs));
      await db.execute(
        sql`UPDATE rate_limit_buckets SET reset_at = now() - interval '1 second' WHERE key = ${`sign-in-lock:${email}`}`,
      );
      expect(await authenticate(db, { email, password: `mala-c${round}-xxxxxx`, ip: '192.0.4.1' })).toBeNull();
    }
    expect(locks.map((secs) => Math.round(secs / 30) * 30)).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it('caps concurrent password hashes: a flood is refused with 429 instead of taking every core', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => verifyPassword(null, 'cualquier-clave-larga')),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'RATE-LIMITED', status: 429 });
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
    expect(passwordHashLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
