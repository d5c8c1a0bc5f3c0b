import { redirect } from 'next/navigation';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser, Role } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const spent = vi.hoisted(() => [] as Array<{ name: string; userId: string | null; ip: string }>);
vi.mock('@/lib/auth/guards', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7' }) }));
vi.mock('@/lib/http/rate-limit-door', () => ({
  enforceNamedRateLimit: async (name: string, caller: { userId: string | null; ip: string }) => {
    spent.push({ name, ...caller });
  },
}));

const { action } = await import('./action');

const as = (role: Role | null) => {
  session.user = role ? { id: `id-${role}`, email: 'a@b.co', name: 'A', role, vipUntil: null, isVip: false } : null;
};
const idle = { ok: false };

beforeEach(() => {
  spent.length = 0;
});

describe('action()', () => {
  const echo = (auth: 'public' | 'user' | 'staff' | 'admin') =>
    action({ name: 'test.echo', auth, schema: z.object({ n: z.number() }) }, async ({ user, input }) => ({
      ok: true,
      message: `${user?.id ?? 'guest'}:${input.n}`,
    }));

  it.each([
    ['public', null, 'ok'],
    ['user', null, 'AUTH-REQUIRED'],
    ['user', 'CUSTOMER', 'ok'],
    ['staff', 'CUSTOMER', 'FORBIDDEN'],
    ['staff', 'STAFF', 'ok'],
    ['admin', 'STAFF', 'FORBIDDEN'],
    ['admin', 'ADMIN', 'ok'],
  ] as const)('auth %s as %s → %s', async (auth, role, expected) => {
    as(role);
    const state = await echo(auth)({ n: 1 });
    expect(state.ok ? 'ok' : state.code).toBe(expected);
  });

  it('checks auth before parsing, and answers bad input with Spanish field messages', async () => {
    as(null);
    expect(await echo('user')({ n: 'x' } as never)).toMatchObject({ code: 'AUTH-REQUIRED' });
    as('CUSTOMER');
    expect(await echo('user')({ n: 'x' } as never)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: { n: expect.any(String) },
    });
  });

  it('is callable directly and through useActionState, and parses a FormData post as its text fields', async () => {
    as('CUSTOMER');
    const door = action(
      { name: 'test.form', auth: 'user', schema: z.object({ orderId: z.string(), note: z.string().optional() }) },
      async ({ input, form }) => ({ ok: true, message: `${input.orderId}/${input.note}/${form.getAll('tag').length}` }),
    );
    const form = new FormData();
    form.append('orderId', 'o-1');
    form.append('tag', 'a');
    form.append('tag', 'b');
    form.append('photo', new File(['x'], 'x.png'));
    expect(await door(idle, form)).toEqual({ ok: true, message: 'o-1/undefined/2' });
    expect(await door({ orderId: 'o-2', note: 'n' })).toEqual({ ok: true, message: 'o-2/n/0' });
  });

  it('spends the named budget of the user, or of the IP for a guest', async () => {
    const door = action({ name: 'test.rate', auth: 'public', schema: z.object({}), rateLimit: 'cart' }, async () => ({
      ok: true,
    }));
    as(null);
    await door({});
    as('CUSTOMER');
    await door({});
    expect(spent).toEqual([
      { name: 'cart', userId: null, ip: '203.0.113.7' },
      { name: 'cart', userId: 'id-CUSTOMER', ip: '203.0.113.7' },
    ]);
  });

  it('requires a well-formed idempotency key and keeps it out of the parsed input', async () => {
    as('CUSTOMER');
    const door = action(
      { name: 'test.once', auth: 'user', schema: z.strictObject({ n: z.number() }), idempotent: true },
      async ({ idempotencyKey, input }) => ({ ok: true, message: `${idempotencyKey}:${input.n}` }),
    );
    expect(await door({ n: 1 })).toMatchObject({ code: 'IDEMPOTENCY-KEY-REQUIRED' });
    expect(await door({ n: 1, idempotencyKey: 'no' })).toMatchObject({ code: 'VALIDATION' });
    expect(await door({ n: 1, idempotencyKey: 'a1b2c3d4-0000-4000-8000-000000000001' })).toEqual({
      ok: true,
      message: 'a1b2c3d4-0000-4000-8000-000000000001:1',
    });
  });

  it('maps AppErrors to state (admin forms see pesos field names), hides other errors, and lets redirects through', async () => {
    as('ADMIN');
    const failing = (error: unknown) =>
      action({ name: 'test.fail', auth: 'admin', schema: z.object({}) }, async () => {
        throw error;
      });
    const refused = new AppError({
      code: 'VALIDATION',
      status: 400,
      message: 'Revisa.',
      details: { fields: { priceCents: 'Mal.' } },
    });
    expect(await failing(refused)({})).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'Revisa.',
      fields: { price: 'Mal.' },
    });
    expect(await failing(new Error('boom'))({})).toMatchObject({ ok: false, code: 'INTERNAL' });
    const redirecting = action({ name: 'test.redirect', auth: 'admin', schema: z.object({}) }, async () =>
      redirect('/x'),
    );
    await expect(redirecting({})).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
  });

  it('echoes the kept fields on a refusal and says the declared sign-in message', async () => {
    as(null);
    const door = action(
      {
        name: 'test.values',
        auth: 'user',
        schema: z.object({}),
        keepValues: ['email'],
        signInMessage: 'Inicia sesión para X.',
      },
      async () => ({ ok: true }),
    );
    const form = new FormData();
    form.append('email', 'a@b.co');
    form.append('password', 'secret-123');
    expect(await door(idle, form)).toEqual({
      ok: false,
      code: 'AUTH-REQUIRED',
      message: 'Inicia sesión para X.',
      fields: undefined,
      values: { email: 'a@b.co' },
    });
  });
});
