import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const notifyRestockBatch = vi.fn();
const sendDueEmails = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('@/lib/jobs/notify-restock', () => ({
  notifyRestockBatch: (...args: unknown[]) => notifyRestockBatch(...args),
}));
vi.mock('@/lib/email/send-due-emails', () => ({ sendDueEmails: (...args: unknown[]) => sendDueEmails(...args) }));

const { notifyRestock } = await import('./notify-restock');

const variantId = '7b0c6a55-6b8e-4b53-9f38-3f4f0b2f1a10';
const movementId = '0c0f8a7e-3f36-4c2e-9e5e-4d1f4b5a6c7d';
const eventId = `restocked:${variantId}:${movementId}`;
const event = { id: eventId, name: 'inventory/restocked', data: { variantId, movementId, available: 12 } };

describe('notify-restock (Inngest)', () => {
  beforeEach(() => {
    notifyRestockBatch.mockReset();
    sendDueEmails.mockReset().mockResolvedValue({ claimed: 1, sent: 1, failed: 0 });
  });

  it('fans out one step per batch until no subscriber is left, sending each batch’s emails', async () => {
    notifyRestockBatch
      .mockResolvedValueOnce({ notified: 100, hasMore: true, stopped: null, emailIds: ['a'] })
      .mockResolvedValueOnce({ notified: 3, hasMore: false, stopped: null, emailIds: ['b'] });
    const t = new InngestTestEngine({ function: notifyRestock });
    const { result, ctx } = await t.execute({ events: [event] });

    expect(notifyRestockBatch).toHaveBeenCalledTimes(2);
    expect(notifyRestockBatch.mock.calls[0]![1]).toEqual({ variantId, eventId });
    const stepIds = (ctx.step.run as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c[0]);
    expect(stepIds).toEqual(['notify-batch-0', 'send-emails-0', 'notify-batch-1', 'send-emails-1']);
    expect(sendDueEmails.mock.calls.map((c) => c[1])).toEqual([
      { ids: ['a'], limit: 1 },
      { ids: ['b'], limit: 1 },
    ]);
    expect(result).toEqual({ notified: 103, batches: 2 });
  });

  it('stops at once when nobody is subscribed', async () => {
    notifyRestockBatch.mockResolvedValue({ notified: 0, hasMore: false, stopped: null, emailIds: [] });
    const t = new InngestTestEngine({ function: notifyRestock });
    const { result } = await t.execute({ events: [event] });
    expect(sendDueEmails).not.toHaveBeenCalled();
    expect(result).toEqual({ notified: 0, batches: 1 });
  });
});
