import { InngestTestEngine } from '@inngest/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const expireOrderReservation = vi.fn();
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('@/lib/jobs/expire-order-reservation', () => ({
  expireOrderReservation: (...args: unknown[]) => expireOrderReservation(...args),
}));

const { expireReservation } = await import('./expire-reservation');

const orderId = '7b0c6a55-6b8e-4b53-9f38-3f4f0b2f1a10';
const userId = '0c0f8a7e-3f36-4c2e-9e5e-4d1f4b5a6c7d';
const created = (reservationExpiresAt: string | null) => ({
  name: 'order/created',
  data: { orderId, userId, reservationExpiresAt, totalCents: 4_990_000 },
});
// Sleeps are mocked: each `wait-until-expiry-<n>` step resolves at once.
const sleeps = (count = 3) =>
  Array.from({ length: count }, (_, n) => ({ id: `wait-until-expiry-${n}`, handler: () => undefined }));
type Spy = { mock: { calls: unknown[][] } };

describe('expire-reservation (Inngest)', () => {
  beforeEach(() => expireOrderReservation.mockReset());

  it('sleeps until the reservation expiry, then releases the order in a step', async () => {
    expireOrderReservation.mockResolvedValue({ orderId, released: true, retryAt: null });
    const events: [ReturnType<typeof created>] = [created('2030-01-01T10:30:00.000Z')];
    // Unmocked, the sleep is reported as a Sleep op until the reservation's expiry.
    const sleep = await new InngestTestEngine({ function: expireReservation }).executeStep('wait-until-expiry-0', {
      events,
    });
    expect(sleep.step).toMatchObject({ op: 'Sleep', name: '2030-01-01T10:30:00.000Z' });
    expect(expireOrderReservation).not.toHaveBeenCalled();

    const t = new InngestTestEngine({ function: expireReservation, steps: sleeps() });
    const { result } = await t.execute({ events });
    expect(expireOrderReservation).toHaveBeenCalledTimes(1);
    expect(expireOrderReservation.mock.calls[0]![1]).toEqual({ orderId });
    expect(result).toEqual({ orderId, released: true, retryAt: null });
  });

  it('sleeps again when the expiry moved later, and stops once the order is no longer pending', async () => {
    expireOrderReservation
      .mockResolvedValueOnce({ orderId, released: false, retryAt: '2030-01-01T11:00:00.000Z' })
      .mockResolvedValueOnce({ orderId, released: false, retryAt: null });
    const events: [ReturnType<typeof created>] = [created('2030-01-01T10:30:00.000Z')];
    const second = await new InngestTestEngine({ function: expireReservation, steps: sleeps(1) }).executeStep(
      'wait-until-expiry-1',
      { events },
    );
    expect(second.step).toMatchObject({ op: 'Sleep', name: '2030-01-01T11:00:00.000Z' });

    expireOrderReservation.mockReset();
    expireOrderReservation
      .mockResolvedValueOnce({ orderId, released: false, retryAt: '2030-01-01T11:00:00.000Z' })
      .mockResolvedValueOnce({ orderId, released: false, retryAt: null });
    const t = new InngestTestEngine({ function: expireReservation, steps: sleeps() });
    const { result } = await t.execute({ events });
    expect(expireOrderReservation).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ orderId, released: false, retryAt: null });
  });

  it('does nothing for an order with no reservation (paid in full at checkout)', async () => {
    const t = new InngestTestEngine({ function: expireReservation, steps: sleeps() });
    const { result, ctx } = await t.execute({ events: [created(null)] });
    expect((ctx.step.sleepUntil as unknown as Spy).mock.calls).toEqual([]);
    expect(expireOrderReservation).not.toHaveBeenCalled();
    expect(result).toEqual({ orderId, released: false, retryAt: null });
  });
});
