import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { carts, jobSchedules, outbox } from '@/db/schema';
import { pruneDeliveredOutbox } from '@/lib/outbox/prune-outbox';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { cleanUpIdleCarts } from './clean-up-carts';
import type { CronJob } from './cron-jobs';
import { startEmbeddedRunner } from './embedded-runner';
import { ensureSchedules, runDueSchedules } from './run-due-schedules';

function countingJob(name: string, cron = '*/5 * * * *') {
  const runs: number[] = [];
  const job: CronJob = {
    name,
    cron,
    description: name,
    run: async () => {
      runs.push(Date.now());
      await new Promise((r) => setTimeout(r, 30)); // long enough for the other instances to try
    },
  };
  return { job, runs };
}

const makeDue = (name: string) =>
  testDb()
    .update(jobSchedules)
    .set({ nextRunAt: sql`now() - interval '1 second'` })
    .where(eq(jobSchedules.name, name));

describe('embedded cron schedules', () => {
  it('runs each due occurrence once across several app instances, then waits for the next one', async () => {
    const { job, runs } = countingJob('test-sweeper');
    await ensureSchedules(testDb(), [job]);
    await makeDue(job.name);
    const instances = Array.from({ length: 4 }, () => createConcurrentPool(2) as Database);
    const ran = await Promise.all(instances.map((db) => runDueSchedules(db, { jobs: [job] })));
    expect(runs).toHaveLength(1);
    expect(ran.flat()).toEqual([job.name]);

    const [row] = await testDb().select().from(jobSchedules).where(eq(jobSchedules.name, job.name));
    expect(row!.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(row!.nextRunAt.getUTCMinutes() % 5).toBe(0);
    expect(row!.lastFinishedAt).not.toBeNull();
    // Not due again until then.
    await Promise.all(instances.map((db) => runDueSchedules(db, { jobs: [job] })));
    expect(runs).toHaveLength(1);
  });

  it('records a failing job and keeps running the others', async () => {
    const ok = countingJob('test-ok');
    const broken: CronJob = {
      name: 'test-broken',
      cron: '* * * * *',
      description: 'broken',
      run: async () => Promise.reject(new Error('sin conexión a Wompi')),
    };
    await ensureSchedules(testDb(), [broken, ok.job]);
    await makeDue(broken.name);
    await makeDue(ok.job.name);
    expect(await runDueSchedules(testDb(), { jobs: [broken, ok.job] })).toEqual(
      expect.arrayContaining([broken.name, ok.job.name]),
    );
    expect(ok.runs).toHaveLength(1);
    const [row] = await testDb().select().from(jobSchedules).where(eq(jobSchedules.name, broken.name));
    expect(row!.lastError).toBe('Error: sin conexión a Wompi');
  });

  it('re-times a schedule whose cron changed in code', async () => {
    await ensureSchedules(testDb(), [countingJob('test-retime', '0 3 * * *').job]);
    await ensureSchedules(testDb(), [countingJob('test-retime', '*/1 * * * *').job]);
    const [row] = await testDb().select().from(jobSchedules).where(eq(jobSchedules.name, 'test-retime'));
    expect(row!.cron).toBe('*/1 * * * *');
    expect(row!.nextRunAt.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it('the embedded runner fires due crons on its own', async () => {
    const { job, runs } = countingJob('test-runner-cron');
    await ensureSchedules(testDb(), [job]);
    await makeDue(job.name);
    const runner = startEmbeddedRunner({
      db: testDb(),
      role: 'embedded',
      pollMs: 20,
      jobs: [job],
      deliver: async (m) => m.map((x) => ({ id: x.id, outcome: 'delivered' as const })),
    });
    const deadline = Date.now() + 10_000;
    while (runs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await runner.stop();
    expect(runs).toHaveLength(1);
  });
});

describe('cart cleanup', () => {
  it('deletes carts idle past cartTtlDays and keeps recent ones', async () => {
    const db = testDb();
    const userIds = await createShoppersWithCarts(db, { count: 3, lines: () => [] });
    const owned = await db
      .select({ id: carts.id, userId: carts.userId })
      .from(carts)
      .where(inArray(carts.userId, userIds));
    const [stale, stale2, fresh] = owned;
    await db.execute(
      sql`UPDATE carts SET last_activity_at = now() - interval '31 days' WHERE id IN (${stale!.id}::uuid, ${stale2!.id}::uuid)`,
    );
    await db.execute(sql`UPDATE carts SET last_activity_at = now() - interval '29 days' WHERE id = ${fresh!.id}::uuid`);

    const result = await cleanUpIdleCarts(db, { batchSize: 1 });
    expect(result).toMatchObject({ ttlDays: 30 });
    expect(result.deleted).toBeGreaterThanOrEqual(2);
    const left = await db.select({ id: carts.id }).from(carts).where(inArray(carts.userId, userIds));
    expect(left.map((c) => c.id)).toEqual([fresh!.id]);
  });
});

describe('outbox pruning', () => {
  it('deletes old delivered events and never an undelivered one, however old', async () => {
    const db = testDb();
    await db.insert(outbox).values([
      { eventId: 'prune:old-delivered', name: 'test/event', payload: {}, deliveredAt: sql`now() - interval '8 days'` },
      {
        eventId: 'prune:recent-delivered',
        name: 'test/event',
        payload: {},
        deliveredAt: sql`now() - interval '1 day'`,
      },
      {
        eventId: 'prune:old-pending',
        name: 'test/event',
        payload: {},
        createdAt: sql`now() - interval '30 days'`,
        availableAt: sql`now() + interval '1 hour'`,
      },
    ]);
    expect(await pruneDeliveredOutbox(db, { batchSize: 1 })).toEqual({ deleted: 1 });
    const left = await db
      .select({ eventId: outbox.eventId })
      .from(outbox)
      .where(sql`${outbox.eventId} LIKE 'prune:%'`);
    expect(left.map((r) => r.eventId).sort()).toEqual(['prune:old-pending', 'prune:recent-delivered']);
  });
});
