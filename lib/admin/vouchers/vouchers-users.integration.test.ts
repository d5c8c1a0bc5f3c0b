import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users, vouchers } from '@/db/schema';
import { todayInBogota } from '@/lib/auth/vip';
import { createTestVoucher } from '@/lib/testing/commerce-fixtures';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { listAuditLog } from '@/lib/admin/audit/list-audit-log';
import { shiftDate } from '@/lib/admin/metrics/sales-metrics';
import { listAdminUsers, updateAdminUser } from '@/lib/admin/users/admin-users';
import { listVouchers } from './list-vouchers';
import { createVoucher, updateVoucher } from './save-voucher';

async function adminActor() {
  const admin = await createTestUser(testDb(), { role: 'ADMIN', name: 'Admin Auditora' });
  return { id: admin.id, requestId: 'req-vouchers-01' };
}

describe('vouchers', () => {
  it('creates with an upper-cased code, edits, deactivates and lists usage, each change audited', async () => {
    const db = testDb();
    const actor = await adminActor();
    const created = await createVoucher(db, {
      input: {
        code: ' verano-25 ',
        kind: 'PERCENT',
        value: 25,
        maxUses: 10,
        startsAt: '2026-01-01T00:00',
        endsAt: '2026-01-31T23:59',
      },
      actor,
    });
    expect(created).toMatchObject({ code: 'VERANO-25', usesCount: 0, isActive: true });
    // A datetime-local value is a Bogotá wall-clock time.
    expect(created.startsAt?.toISOString()).toBe('2026-01-01T05:00:00.000Z');

    await updateVoucher(db, { voucherId: created.id, input: { isActive: false, value: 30 }, actor });
    const listed = await listVouchers(db, { q: 'verano' });
    expect(listed.items).toMatchObject([
      { code: 'VERANO-25', value: 30, isActive: false, redemptions: 0, discountGivenCents: 0 },
    ]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'voucher'), eq(auditLog.entityId, created.id)))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['voucher.created', 'voucher.updated']);
    expect(audit[1]).toMatchObject({ before: { isActive: true, value: 25 }, after: { isActive: false, value: 30 } });
  });

  it('gives field messages for a taken code, a bad percent, a fixed amount in cents, a backwards window and a max below the uses', async () => {
    const db = testDb();
    const actor = await adminActor();
    await createVoucher(db, { input: { code: 'UNICO', kind: 'FIXED', value: 1_000_000 }, actor });
    await expect(
      createVoucher(db, { input: { code: 'unico', kind: 'FIXED', value: 1_000_000 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { code: expect.any(String) } } });
    await expect(
      createVoucher(db, { input: { code: 'MUCHO', kind: 'PERCENT', value: 120 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { value: expect.stringContaining('1 a 100') } } });
    await expect(
      createVoucher(db, { input: { code: 'CENTAVOS', kind: 'FIXED', value: 1_050 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { value: expect.any(String) } } });
    await expect(
      createVoucher(db, {
        input: { code: 'ATRAS', kind: 'PERCENT', value: 5, startsAt: '2026-02-01', endsAt: '2026-01-01' },
        actor,
      }),
    ).rejects.toMatchObject({ details: { fields: { endsAt: expect.any(String) } } });
    const used = await createTestVoucher(db, { usesCount: 3, maxUses: 5 });
    await expect(updateVoucher(db, { voucherId: used.id, input: { maxUses: 2 }, actor })).rejects.toMatchObject({
      details: { fields: { maxUses: expect.stringContaining('3') } },
    });
    expect((await db.select().from(vouchers).where(eq(vouchers.id, used.id)))[0]).toMatchObject({ maxUses: 5 });
  });
});

describe('users', () => {
  it('grants and ends VIP and changes roles, audited; refuses past dates, self role changes and demoting the last admin', async () => {
    const db = testDb();
    const actor = await adminActor();
    const customer = await createTestUser(db, { email: 'clienta-vip@test.botica', name: 'Clienta VIP' });
    const until = shiftDate(todayInBogota(), 90);
    expect(await updateAdminUser(db, { userId: customer.id, input: { vipUntil: until }, actor })).toMatchObject({
      vipUntil: until,
      isVip: true,
    });
    expect((await listAdminUsers(db, { q: 'clienta-vip', vip: 'yes' })).items).toMatchObject([
      { id: customer.id, isVip: true },
    ]);
    await expect(
      updateAdminUser(db, { userId: customer.id, input: { vipUntil: '2020-01-01' }, actor }),
    ).rejects.toMatchObject({ details: { fields: { vipUntil: expect.any(String) } } });
    expect(await updateAdminUser(db, { userId: customer.id, input: { vipUntil: null }, actor })).toMatchObject({
      isVip: false,
    });
    expect(await updateAdminUser(db, { userId: customer.id, input: { role: 'STAFF' }, actor })).toMatchObject({
      role: 'STAFF',
    });
    await expect(updateAdminUser(db, { userId: actor.id, input: { role: 'CUSTOMER' }, actor })).rejects.toMatchObject({
      details: { fields: { role: expect.any(String) } },
    });

    const audits = await listAuditLog(db, { entity: `user:${customer.id}` });
    expect(audits.items.map((a) => a.action)).toEqual(['user.role_changed', 'user.vip_changed', 'user.vip_changed']);
    expect(audits.items[0]).toMatchObject({
      actorName: 'Admin Auditora',
      before: { role: 'CUSTOMER' },
      after: { role: 'STAFF' },
    });
  });

  it('keeps at least one admin', async () => {
    const db = testDb();
    await db.update(users).set({ role: 'CUSTOMER' }).where(eq(users.role, 'ADMIN'));
    const actor = await adminActor();
    const other = await createTestUser(db, { role: 'ADMIN' });
    await updateAdminUser(db, { userId: other.id, input: { role: 'STAFF' }, actor });
    // `actor` is now the only admin: nobody, whoever asks, may demote them.
    const second = await createTestUser(db, { role: 'STAFF' });
    await expect(
      updateAdminUser(db, { userId: actor.id, input: { role: 'CUSTOMER' }, actor: { id: second.id } }),
    ).rejects.toMatchObject({ code: 'MKT-STATE', status: 409 });
  });
});

describe('listAuditLog', () => {
  it('filters by actor email, action and entity type', async () => {
    const db = testDb();
    const actor = await adminActor();
    await createVoucher(db, { input: { code: 'AUDITADO', kind: 'PERCENT', value: 5 }, actor });
    const [me] = (await listAdminUsers(db, { q: 'Admin Auditora' })).items;
    const byActor = await listAuditLog(db, { actor: me!.email.slice(0, 12), action: 'voucher.created' });
    expect(byActor.items.every((a) => a.actorId === actor.id && a.action === 'voucher.created')).toBe(true);
    expect((await listAuditLog(db, { entity: 'voucher', from: '2000-01-01', to: '2000-01-02' })).total).toBe(0);
  });
});
