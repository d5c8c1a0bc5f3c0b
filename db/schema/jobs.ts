import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The embedded runner's cron state: one row per scheduled job. An instance runs an occurrence only if
 * its compare-and-set `UPDATE … SET next_run_at = <next> WHERE next_run_at <= now()` wins, so several
 * app instances never run the same occurrence twice. Unused when Inngest runs the crons.
 */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  cron: text('cron').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  lastError: text('last_error'),
});
