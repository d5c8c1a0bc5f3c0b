import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { creditEntries, creditLots, emailMessages, notifications } from '@/db/schema';
import { adjustCredit } from '@/lib/admin/users/adjust-credit';
import { createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { addCreditEntry, getCreditStatement } from './credit-ledger';
import { listExpiringCredit } from './credit-lots';
import { expireCredit } from './expire-credit';
import { remindExpiringCredit } from './remind-expiring-credit';

const balanceOf = async (userId: string) => (await getCreditStatement(testDb(), { userId })).balanceCents;
const lotsOf = (userId: string) =>
  testDb().select().from(creditLots).where(eq(creditLots.userId, userId)).orderBy(creditLots.id);
const grant = (userId: string, amountCents: number) =>
  addCreditEntry(testDb(), { userId, kind: 'COMPENSATION', amountCents, reason: 'prueba' });
const setExpiry = (lotId: number, interval: string) =>
  testDb()
    .update(creditLots)
    .set({ expiresAt: sql`now() + ${interval}::interval` })
    .where(eq(creditLots.id, lotId));

/** Σ remaining of open lots equals the balance, for every user: the ledger and the lots agree. */
async function expectLotsMatchBalances() {
  const rows = await testDb().execute<{ user_id: string }>(sql`
    SELECT a.user_id FROM credit_accounts a
    LEFT JOIN (SELECT user_id, sum(remaining_cents) AS s FROM credit_lots GROUP BY user_id) l ON l.user_id = a.user_id
    WHERE a.balance_cents <> coalesce(l.s, 0)`);
  expect(rows).toEqual([]);
}

describe('store credit expiry', () => {
  it('expires CREDIT_EXPIRY_DAYS after the grant and spends the soonest-expiring first', async () => {
    const user = await createTestUser(testDb());
    await grant(user.id, 3_000_000);
    await grant(user.id, 1_000_000);
    const [later, sooner] = await lotsOf(user.id);
    // Default 365 days from now.
    const days = (Date.parse(later!.expiresAt.toISOString()) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
    await setExpiry(sooner!.id, '10 days');

    await addCreditEntry(testDb(), { userId: user.id, kind: 'DEBIT', amountCents: -1_500_000, reason: 'compra' });
    const after = await lotsOf(user.id);
    expect(after.find((l) => l.id === sooner!.id)!.remainingCents).toBe(0);
    expect(after.find((l) => l.id === later!.id)!.remainingCents).toBe(2_500_000);
    expect(await listExpiringCredit(testDb(), user.id)).toEqual([
      { amountCents: 2_500_000, expiresAt: later!.expiresAt.toISOString() },
    ]);
    await expectLotsMatchBalances();
  });

  it('the daily job writes an EXPIRY entry for what is left of an expired lot, once', async () => {
    const user = await createTestUser(testDb());
    await grant(user.id, 2_000_000);
    await grant(user.id, 500_000);
    const [first] = await lotsOf(user.id);
    await addCreditEntry(testDb(), { userId: user.id, kind: 'DEBIT', amountCents: -500_000, reason: 'compra' });
    await setExpiry(first!.id, '-1 minute');

    const result = await expireCredit(testDb());
    expect(result).toMatchObject({ failed: 0 });
    expect(await balanceOf(user.id)).toBe(500_000);
    const expiries = await testDb()
      .select()
      .from(creditEntries)
      .where(and(eq(creditEntries.userId, user.id), eq(creditEntries.kind, 'EXPIRY')));
    expect(expiries.map((e) => e.amountCents)).toEqual([-1_500_000]);
    await expireCredit(testDb());
    expect(await balanceOf(user.id)).toBe(500_000);
    await expectLotsMatchBalances();
  });

  it('reminds once (bell + email) about credit expiring within 15 days', async () => {
    const user = await createTestUser(testDb());
    await grant(user.id, 700_000);
    await grant(user.id, 900_000);
    const [soon] = await lotsOf(user.id);
    await setExpiry(soon!.id, '10 days');
    await remindExpiringCredit(testDb());
    await remindExpiringCredit(testDb());
    const bells = await testDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), eq(notifications.kind, 'CREDIT_EXPIRY')));
    expect(bells).toHaveLength(1);
    expect(bells[0]!.title).toContain('7.000');
    const mails = await testDb()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.userId, user.id), eq(emailMessages.kind, 'CREDIT_EXPIRY')));
    expect(mails).toHaveLength(1);
  });
});

describe('admin credit adjustments', () => {
  it('grants and takes with a reason, audited; over the cap is 422; a take beyond the balance is 409', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const user = await createTestUser(testDb());
    const actor = { id: admin.id };
    expect(
      await adjustCredit(testDb(), { userId: user.id, input: { amountCents: 2_000_000, reason: 'Cortesía' }, actor }),
    ).toEqual({ balanceCents: 2_000_000 });
    await expect(
      adjustCredit(testDb(), {
        userId: user.id,
        input: { amountCents: 600_000_000, reason: 'Demasiado' },
        actor,
      }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'VALIDATION',
      details: { fields: { amountCents: expect.any(String) } },
    });
    await expect(
      adjustCredit(testDb(), { userId: user.id, input: { amountCents: '5000', reason: 'x' }, actor }),
    ).rejects.toMatchObject({
      status: 400,
      details: { fields: { amountCents: expect.any(String), reason: expect.any(String) } },
    });
    await expect(
      adjustCredit(testDb(), { userId: user.id, input: { amountCents: -2_100_000, reason: 'Error de carga' }, actor }),
    ).rejects.toMatchObject({ status: 409, code: 'MKT-CREDIT-INSUFFICIENT' });
    expect(
      await adjustCredit(testDb(), {
        userId: user.id,
        input: { amountCents: -500_000, reason: 'Error de carga' },
        actor,
      }),
    ).toEqual({ balanceCents: 1_500_000 });
    const audit = await testDb().execute<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity_id = ${user.id} ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(['credit.adjusted', 'credit.adjusted']);
  });

  it('concurrent takes never take the balance below zero', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const user = await createTestUser(testDb());
    const pool = createConcurrentPool(12);
    await adjustCredit(testDb(), {
      userId: user.id,
      input: { amountCents: 1_000_000, reason: 'Saldo inicial' },
      actor: { id: admin.id },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () =>
        adjustCredit(pool, {
          userId: user.id,
          input: { amountCents: -100_000, reason: 'Retiro en carrera' },
          actor: { id: admin.id },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'MKT-CREDIT-INSUFFICIENT' });
    expect(await balanceOf(user.id)).toBe(0);
    await expectLotsMatchBalances();
  });
});
