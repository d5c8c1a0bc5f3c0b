import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const alertLowStockJob = vi.fn();
const sendDueEmails = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('@/lib/jobs/alert-low-stock', () => ({ alertLowStock: (...args: unknown[]) => alertLowStockJob(...args) }));
vi.mock('@/lib/email/send-due-emails', () => ({ sendDueEmails: (...args: unknown[]) => sendDueEmails(...args) }));

const { alertLowStock } = await import('./alert-low-stock');

const variantId = '7b0c6a55-6b8e-4b53-9f38-3f4f0b2f1a10';
const movementId = '0c0f8a7e-3f36-4c2e-9e5e-4d1f4b5a6c7d';
const eventId = `low-stock:${variantId}:${movementId}`;

describe('alert-low-stock (Inngest)', () => {
  beforeEach(() => {
    alertLowStockJob.mockReset();
    sendDueEmails.mockReset().mockResolvedValue({ claimed: 2, sent: 2, failed: 0 });
  });

  it('alerts staff for the crossing named by the event id and sends the emails', async () => {
    alertLowStockJob.mockResolvedValue({ eventId, alerted: true, recipients: 2, emailIds: ['a', 'b'] });
    const t = new InngestTestEngine({ function: alertLowStock });
    const { result } = await t.execute({
      events: [
        { id: eventId, name: 'inventory/low-stock', data: { variantId, movementId, available: 3, threshold: 5 } },
      ],
    });

    expect(alertLowStockJob.mock.calls[0]![1]).toEqual({ eventId, variantId, available: 3, threshold: 5 });
    expect(sendDueEmails.mock.calls[0]![1]).toEqual({ ids: ['a', 'b'] });
    expect(result).toMatchObject({ alerted: true, recipients: 2 });
  });

  it('sends nothing for a crossing that was already alerted', async () => {
    alertLowStockJob.mockResolvedValue({ eventId, alerted: false, recipients: 0, emailIds: [] });
    const t = new InngestTestEngine({ function: alertLowStock });
    await t.execute({
      events: [{ name: 'inventory/low-stock', data: { variantId, movementId, available: 3, threshold: 5 } }],
    });
    expect(alertLowStockJob.mock.calls[0]![1]).toMatchObject({ eventId });
    expect(sendDueEmails).not.toHaveBeenCalled();
  });
});
