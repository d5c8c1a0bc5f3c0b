import { describe, expect, it } from 'vitest';
import { authenticate } from './authenticate';
import { signUp } from './sign-up';
import { testDb } from '@/lib/testing/test-db';

describe('signUp', () => {
  it('creates a customer with a lower-cased email and an argon2id hash', async () => {
    const db = testDb();
    const user = await signUp(db, { email: '  Ana.Perez@Correo.COM ', password: 'una-clave-larga', name: 'Ana Pérez' });
    expect(user.email).toBe('ana.perez@correo.com');
    const found = await authenticate(db, {
      email: 'ANA.PEREZ@correo.com',
      password: 'una-clave-larga',
      ip: '10.0.0.1',
    });
    expect(found).toMatchObject({ id: user.id, role: 'CUSTOMER' });
  });

  it('answers EMAIL-TAKEN for a taken email in any case, even when two sign-ups race', async () => {
    const db = testDb();
    const results = await Promise.allSettled([
      signUp(db, { email: 'duplicada@correo.com', password: 'una-clave-larga', name: 'Uno' }),
      signUp(db, { email: 'DUPLICADA@correo.com', password: 'una-clave-larga', name: 'Dos' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'EMAIL-TAKEN', status: 409 });
  });

  it('gives Spanish field messages for a short password and a bad email', async () => {
    await expect(signUp(testDb(), { email: 'no-es-correo', password: 'corta', name: 'A' })).rejects.toMatchObject({
      code: 'VALIDATION',
      status: 400,
      details: {
        fields: {
          email: expect.stringContaining('correo válido'),
          password: expect.stringContaining('10 caracteres'),
          name: expect.any(String),
        },
      },
    });
  });
});

describe('authenticate', () => {
  it('answers the same for an unknown email and a wrong password', async () => {
    const db = testDb();
    await signUp(db, { email: 'real@correo.com', password: 'una-clave-larga', name: 'Real' });
    expect(
      await authenticate(db, { email: 'real@correo.com', password: 'otra-clave-mala', ip: '10.0.0.2' }),
    ).toBeNull();
    expect(
      await authenticate(db, { email: 'nadie@correo.com', password: 'otra-clave-mala', ip: '10.0.0.2' }),
    ).toBeNull();
  });

  it('throttles failed sign-ins per email and IP with RATE-LIMITED, leaving other IPs alone', async () => {
    const db = testDb();
    await signUp(db, { email: 'objetivo@correo.com', password: 'una-clave-larga', name: 'Objetivo' });
    for (let i = 0; i < 10; i++) {
      expect(
        await authenticate(db, { email: 'objetivo@correo.com', password: `mala-${i}-xxxxx`, ip: '10.0.0.3' }),
      ).toBeNull();
    }
    await expect(
      authenticate(db, { email: 'objetivo@correo.com', password: 'una-clave-larga', ip: '10.0.0.3' }),
    ).rejects.toMatchObject({ code: 'RATE-LIMITED', status: 429 });
    expect(
      await authenticate(db, { email: 'objetivo@correo.com', password: 'una-clave-larga', ip: '10.0.0.4' }),
    ).not.toBeNull();
  });
});
