import { and, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobSchedules } from '@/db/schema';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { describeError } from '@/lib/outbox/retry-backoff';
import type { CronJob } from './cron-jobs';
import { nextCronRun } from './next-cron-run';

/** Creates the schedule rows that are missing and re-times the ones whose cron changed in code. */
export async function ensureSchedules(db: Database, jobs: CronJob[], now: Date = new Date()): Promise<void> {
  if (jobs.length === 0) return;
  await db
    .insert(jobSchedules)
    .values(jobs.map((j) => ({ name: j.name, cron: j.cron, nextRunAt: nextCronRun(j.cron, now) })))
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: { cron: sql`excluded.cron`, nextRunAt: sql`excluded.next_run_at` },
      setWhere: sql`${jobSchedules.cron} <> excluded.cron`,
    });
}

/**
 * Runs every job whose occurrence is due, at most once across all instances: the compare-and-set
 * UPDATE on `next_run_at` is the claim, and only one instance's UPDATE can match. A missed period
 * (the app was down) runs once on the next tick, not once per missed occurrence. A failing job is
 * logged and recorded; the others still run.
 */
export async function runDueSchedules(
  db: Database,
  args: { jobs: CronJob[]; now?: () => Date; log?: Logger },
): Promise<string[]> {
  const log = args.log ?? logger;
  const now = args.now ?? (() => new Date());
  const due = await db
    .select({ name: jobSchedules.name })
    .from(jobSchedules)
    .where(lte(jobSchedules.nextRunAt, sql`now()`));
  const ran: string[] = [];
  for (const { name } of due) {
    const job = args.jobs.find((j) => j.name === name);
    if (!job) continue;
    const claimed = await db
      .update(jobSchedules)
      .set({ nextRunAt: nextCronRun(job.cron, now()), lastStartedAt: sql`now()` })
      .where(and(eq(jobSchedules.name, name), lte(jobSchedules.nextRunAt, sql`now()`)))
      .returning({ name: jobSchedules.name });
    if (claimed.length === 0) continue;
    ran.push(name);
    const jobLog = log.child({ job: name });
    let lastError: string | null = null;
    try {
      await job.run(db, jobLog);
    } catch (error) {
      lastError = describeError(error);
      jobLog.error(errorFields(error), 'job.failed');
    }
    await db
      .update(jobSchedules)
      .set({ lastFinishedAt: sql`now()`, lastError })
      .where(eq(jobSchedules.name, name));
  }
  return ran;
}
