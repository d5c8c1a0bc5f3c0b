import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const jobRuns = vi.fn();
const sendDueEmails = vi.fn();
const relayOutbox = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({ fake: 'db' }) }));
vi.mock('@/lib/email/send-due-emails', () => ({ sendDueEmails: (...args: unknown[]) => sendDueEmails(...args) }));
vi.mock('@/lib/outbox/relay-outbox', () => ({ relayOutbox: (...args: unknown[]) => relayOutbox(...args) }));
vi.mock('@/lib/jobs/cron-jobs', () => ({
  CRON_JOBS: [
    'sweep-expired-reservations',
    'reconcile-payments',
    'clean-up-idle-carts',
    'prune-idempotency-keys',
    'low-stock-digest',
  ].map((name) => ({
    name,
    cron: '*/5 * * * *',
    description: name,
    run: (...args: unknown[]) => jobRuns(name, ...args),
  })),
}));

const { relayOutboxCron, scheduledJobs, sendDueEmailsCron } = await import('./scheduled-jobs');

describe('scheduled jobs (Inngest crons)', () => {
  beforeEach(() => {
    jobRuns
      .mockReset()
      .mockImplementation(async (name: string) => ({ ran: name, at: new Date('2030-01-01T00:00:00Z') }));
    sendDueEmails.mockReset().mockResolvedValue({ claimed: 0, sent: 0, failed: 0 });
    relayOutbox.mockReset().mockResolvedValue({ claimed: 2, delivered: 2, deferred: 0, failed: 0 });
  });

  it.each([
    'sweep-expired-reservations',
    'reconcile-payments',
    'clean-up-idle-carts',
    'prune-idempotency-keys',
    'low-stock-digest',
  ])('%s runs its lib/jobs body in one step', async (name) => {
    const fn = scheduledJobs.find((f) => f.id() === name);
    expect(fn).toBeDefined();
    const t = new InngestTestEngine({ function: fn! });
    const { result, ctx } = await t.execute();
    expect(jobRuns).toHaveBeenCalledTimes(1);
    expect(jobRuns.mock.calls[0]![0]).toBe(name);
    expect(jobRuns.mock.calls[0]![1]).toEqual({ fake: 'db' });
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
