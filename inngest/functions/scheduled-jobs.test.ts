import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendDueEmails = vi.fn();
const relayOutbox = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({ fake: 'db' }) }));
vi.mock('@/lib/email/send-due-emails', () => ({ sendDueEmails: (...args: unknown[]) => sendDueEmails(...args) }));
vi.mock('@/lib/outbox/relay-outbox', () => ({ relayOutbox: (...args: unknown[]) => relayOutbox(...args) }));

// The real job list: a job added to lib/jobs/cron-jobs.ts without its Inngest function fails here.
const { CRON_JOBS } = await import('@/lib/jobs/cron-jobs');
const { relayOutboxCron, scheduledJobs, sendDueEmailsCron } = await import('./scheduled-jobs');

type FunctionOptions = { opts: { id: string; triggers: Array<{ cron?: string }> } };
const optionsOf = (fn: unknown) => (fn as FunctionOptions).opts;

describe('scheduled jobs (Inngest crons)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    sendDueEmails.mockReset().mockResolvedValue({ claimed: 0, sent: 0, failed: 0 });
    relayOutbox.mockReset().mockResolvedValue({ claimed: 2, delivered: 2, deferred: 0, failed: 0 });
  });

  it('register one function per job of lib/jobs/cron-jobs.ts, on the same schedule', () => {
    expect(CRON_JOBS.map((job) => job.name)).toContain('prune-delivered-outbox');
    expect(scheduledJobs.map((fn) => optionsOf(fn).id)).toEqual(CRON_JOBS.map((job) => job.name));
    expect(scheduledJobs.map((fn) => optionsOf(fn).triggers)).toEqual(CRON_JOBS.map((job) => [{ cron: job.cron }]));
  });

  it.each(CRON_JOBS.map((job) => job.name))('%s runs its lib/jobs body in one step', async (name) => {
    const job = CRON_JOBS.find((j) => j.name === name)!;
    const run = vi.spyOn(job, 'run').mockResolvedValue({ ran: name, at: new Date('2030-01-01T00:00:00Z') });
    const fn = scheduledJobs.find((f) => f.id() === name);
    expect(fn).toBeDefined();
    const t = new InngestTestEngine({ function: fn! });
    const { result, ctx } = await t.execute();
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toEqual({ fake: 'db' });
    expect(ctx.step.run).toHaveBeenCalledWith(name, expect.any(Function));
    // Step output is JSON, as Inngest stores it.
    expect(result).toEqual({ ran: name, at: '2030-01-01T00:00:00.000Z' });
  });

  it('send-due-emails retries whatever is due', async () => {
    const t = new InngestTestEngine({ function: sendDueEmailsCron });
    await t.execute();
    expect(sendDueEmails).toHaveBeenCalledTimes(1);
  });

  it('relay-outbox pushes the outbox to Inngest', async () => {
    const t = new InngestTestEngine({ function: relayOutboxCron });
    const { result } = await t.execute();
    expect(relayOutbox).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ claimed: 2, delivered: 2, deferred: 0, failed: 0 });
  });
});
