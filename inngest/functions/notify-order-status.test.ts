import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const notifyOrderStatusJob = vi.fn();
const sendDueEmails = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('@/lib/jobs/notify-order-status', () => ({
  notifyOrderStatus: (...args: unknown[]) => notifyOrderStatusJob(...args),
}));
vi.mock('@/lib/email/send-due-emails', () => ({ sendDueEmails: (...args: unknown[]) => sendDueEmails(...args) }));

const { notifyOrderStatus } = await import('./notify-order-status');

const orderId = '7b0c6a55-6b8e-4b53-9f38-3f4f0b2f1a10';
const userId = '0c0f8a7e-3f36-4c2e-9e5e-4d1f4b5a6c7d';
const changed = (to: string, extra: Record<string, unknown> = {}) => ({
  name: 'order/status.changed',
  data: { orderId, userId, from: 'PAID', to, reason: null, cancellationReason: null, trackingNumber: null, ...extra },
});

describe('notify-order-status (Inngest)', () => {
  beforeEach(() => {
    notifyOrderStatusJob.mockReset();
    sendDueEmails.mockReset().mockResolvedValue({ claimed: 1, sent: 1, failed: 0 });
  });

  it('notifies the customer for the new status, then sends the queued email in its own step', async () => {
    notifyOrderStatusJob.mockResolvedValue({
      orderId,
      status: 'SHIPPED',
      skipped: null,
      notified: true,
      emailIds: ['e1'],
    });
    const t = new InngestTestEngine({ function: notifyOrderStatus });
    const events: [ReturnType<typeof changed>] = [changed('SHIPPED', { trackingNumber: 'GUIA-1' })];
    const { result } = await t.execute({ events });

    expect(notifyOrderStatusJob.mock.calls[0]![1]).toEqual({ orderId, status: 'SHIPPED', reason: null });
    expect(sendDueEmails.mock.calls[0]![1]).toEqual({ ids: ['e1'] });
    expect(result).toMatchObject({ notified: true });
    const step = await t.executeStep('send-email', { events });
    expect(step.result).toEqual({ claimed: 1, sent: 1, failed: 0 });
  });

  it('treats order/created as the PENDING_PAYMENT notice', async () => {
    notifyOrderStatusJob.mockResolvedValue({
      orderId,
      status: 'PENDING_PAYMENT',
      skipped: null,
      notified: true,
      emailIds: ['e2'],
    });
    const t = new InngestTestEngine({ function: notifyOrderStatus });
    await t.execute({
      events: [{ name: 'order/created', data: { orderId, userId, reservationExpiresAt: null, totalCents: 100 } }],
    });
    expect(notifyOrderStatusJob.mock.calls[0]![1]).toEqual({ orderId, status: 'PENDING_PAYMENT', reason: null });
  });

  it('sends nothing when the job queued no new email (a redelivery, or a status the shopper is not told about)', async () => {
    notifyOrderStatusJob.mockResolvedValue({
      orderId,
      status: 'FRAUD_ALERT',
      skipped: 'not-customer-facing',
      notified: false,
      emailIds: [],
    });
    const t = new InngestTestEngine({ function: notifyOrderStatus });
    const { ctx } = await t.execute({ events: [changed('FRAUD_ALERT')] });
    expect(sendDueEmails).not.toHaveBeenCalled();
    expect(ctx.step.run).toHaveBeenCalledTimes(1);
  });
});
