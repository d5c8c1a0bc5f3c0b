import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const SECRET = 'unit-test-secret-0123456789abcdef';
const jar = vi.hoisted(() => new Map<string, string>());
const authMock = vi.hoisted(() => vi.fn(async () => ({ user: { id: 'from-auth-js' } })));

vi.mock('next/headers', () => ({
  cookies: async () => ({
    has: (n: string) => jar.has(n),
    get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n)! } : undefined),
    set: (n: string, v: string) => void jar.set(n, v),
  }),
}));
const env = vi.hoisted(() => ({ AUTH_SECRET: 'unit-test-secret-0123456789abcdef', APP_URL: 'http://localhost:3000' }));
vi.mock('@/lib/env', () => ({ env }));
vi.mock('./auth', () => ({ auth: authMock }));

const { getSessionClaims, getSessionUserId, slideSession } = await import('./session-token');

const mint = (sub: string, salt: string, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token: { sub }, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge ?? 3600 });

describe('getSessionUserId', () => {
  beforeEach(() => {
    jar.clear();
    authMock.mockClear();
    env.APP_URL = 'http://localhost:3000';
  });

  it('reads the user id from the Auth.js cookie of the site scheme without running auth()', async () => {
    jar.set('authjs.session-token', await mint('user-1', 'authjs.session-token'));
    jar.set('__Host-authjs.session-token', await mint('user-2', '__Host-authjs.session-token'));
    expect(await getSessionUserId()).toBe('user-1');
    env.APP_URL = 'https://botica.example';
    expect(await getSessionUserId()).toBe('user-2');
    jar.delete('__Host-authjs.session-token');
    expect(await getSessionUserId()).toBeNull(); // a plain-named cookie does not count over HTTPS
    expect(authMock).not.toHaveBeenCalled();
  });

  it('is signed out without a cookie, with a tampered, foreign, expired or wrongly salted token', async () => {
    expect(await getSessionUserId()).toBeNull();
    const good = await mint('user-1', 'authjs.session-token');
    for (const value of [
      `${good.slice(0, -4)}AAAA`,
      await mint('user-1', 'authjs.session-token', { secret: 'another-secret-0123456789abcdef' }),
      await mint('user-1', 'authjs.session-token', { maxAge: -60 }),
      await mint('user-1', '__Host-authjs.session-token'),
      'not-a-jwt',
    ]) {
      jar.set('authjs.session-token', value);
      expect(await getSessionUserId()).toBeNull();
    }
  });

  it('leaves a chunked cookie to Auth.js', async () => {
    jar.set('authjs.session-token.0', 'part');
    expect(await getSessionUserId()).toBe('from-auth-js');
    expect(authMock).toHaveBeenCalledOnce();
  });
});

describe('session version and sliding', () => {
  beforeEach(() => {
    jar.clear();
    env.APP_URL = 'http://localhost:3000';
  });

  it('carries the version the session was issued under (0 for sessions from before versions)', async () => {
    jar.set(
      'authjs.session-token',
      await encode({ token: { sub: 'u', sv: 3 }, secret: SECRET, salt: 'authjs.session-token' }),
    );
    expect(await getSessionClaims()).toMatchObject({ userId: 'u', sessionVersion: 3 });
    jar.set('authjs.session-token', await mint('u', 'authjs.session-token'));
    expect(await getSessionClaims()).toMatchObject({ userId: 'u', sessionVersion: 0 });
  });

  it('re-issues a session older than a day for another 30 days, keeping its claims', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 2 * 24 * 3600 * 1000);
      const old = await encode({
        token: { sub: 'u', sv: 2 },
        secret: SECRET,
        salt: 'authjs.session-token',
        maxAge: 30 * 24 * 3600,
      });
      vi.useRealTimers();
      jar.set('authjs.session-token', old);
      const claims = (await getSessionClaims())!;
      await slideSession(claims);
      const fresh = jar.get('authjs.session-token')!;
      expect(fresh).not.toBe(old);
      const after = (await getSessionClaims())!;
      expect(after).toMatchObject({ userId: 'u', sessionVersion: 2 });
      expect(Date.now() / 1000 - after.issuedAt!).toBeLessThan(60);
      // A fresh session is left alone.
      await slideSession(after);
      expect(jar.get('authjs.session-token')).toBe(fresh);
    } finally {
      vi.useRealTimers();
    }
  });
});
