import { describe, expect, it } from 'vitest';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createNotifications } from './create-notifications';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';

async function seed(userId: string, count: number) {
  await createNotifications(
    testDb(),
    Array.from({ length: count }, (_, i) => ({
      userId,
      kind: 'ORDER_STATUS' as const,
      dedupeKey: `test:${userId}:${i}`,
      title: `Aviso ${i}`,
      body: 'Cuerpo',
      href: null,
    })),
  );
  return (await listNotifications(testDb(), { userId, page: 1, pageSize: 100 })).items;
}

describe('in-app notifications', () => {
  it('lists only the owner’s notifications, newest first, with the unread count', async () => {
    const [ana, beto] = await Promise.all([createTestUser(testDb()), createTestUser(testDb())]);
    await seed(ana.id, 3);
    await seed(beto.id, 2);
    const page = await listNotifications(testDb(), { userId: ana.id, page: 1, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, unreadCount: 3, page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items.every((n) => n.title.startsWith('Aviso'))).toBe(true);
    expect((await listNotifications(testDb(), { userId: ana.id, page: 2, pageSize: 2 })).items).toHaveLength(1);
  });

  it('the same fact twice is one notification', async () => {
    const user = await createTestUser(testDb());
    const row = {
      userId: user.id,
      kind: 'RESTOCK' as const,
      dedupeKey: 'restock:x',
      title: 'Volvió',
      body: 'Ya está',
      href: '/productos/x',
    };
    expect(await createNotifications(testDb(), [row])).toBe(1);
    expect(await createNotifications(testDb(), [row])).toBe(0);
    expect(await countUnreadNotifications(testDb(), { userId: user.id })).toBe(1);
  });

  it('marks one or all read, and someone else’s ids change nothing', async () => {
    const [ana, beto] = await Promise.all([createTestUser(testDb()), createTestUser(testDb())]);
    const anas = await seed(ana.id, 3);
    const betos = await seed(beto.id, 2);

    expect(
      await markNotificationsRead(testDb(), { userId: ana.id, input: { ids: [betos[0]!.id, betos[1]!.id] } }),
    ).toEqual({ updated: 0 });
    expect(await countUnreadNotifications(testDb(), { userId: beto.id })).toBe(2);

    expect(await markNotificationsRead(testDb(), { userId: ana.id, input: { ids: [anas[0]!.id] } })).toEqual({
      updated: 1,
    });
    expect(await countUnreadNotifications(testDb(), { userId: ana.id })).toBe(2);
    expect(await markNotificationsRead(testDb(), { userId: ana.id, input: {} })).toEqual({ updated: 2 });
    expect(await countUnreadNotifications(testDb(), { userId: ana.id })).toBe(0);
    expect(await countUnreadNotifications(testDb(), { userId: beto.id })).toBe(2);
  });

  it('refuses malformed input with field messages', async () => {
    const user = await createTestUser(testDb());
    await expect(
      markNotificationsRead(testDb(), { userId: user.id, input: { ids: ['no-es-un-id'] } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      status: 400,
      details: { fields: { 'ids.0': 'Cada id debe ser un identificador válido.' } },
    });
    await expect(markNotificationsRead(testDb(), { userId: user.id, input: { ids: [] } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(markNotificationsRead(testDb(), { userId: user.id, input: { ids: 'todas' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
