import { describe, expect, it } from 'vitest';
import { orderStatus } from '@/db/schema/orders';
import { canTransition, ORDER_STATUS_LABEL, ORDER_TRANSITIONS } from './state-machine';

describe('order state machine', () => {
  it.each([
    ['PENDING_PAYMENT', 'PAID', true],
    ['PENDING_PAYMENT', 'SHIPPED', false],
    ['PAID', 'PREPARING', true],
    ['PREPARING', 'SHIPPED', true],
    ['SHIPPED', 'DELIVERED', true],
    ['SHIPPED', 'CANCELLED', false],
    ['DELIVERED', 'RETURN_REQUESTED', true],
    ['CANCELLED', 'PAID', false],
    ['FRAUD_ALERT', 'PAID', false],
    ['RETURN_REQUESTED', 'RETURN_APPROVED', true],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('covers every status with a transition list and a Spanish label', () => {
    for (const status of orderStatus.enumValues) {
      expect(ORDER_TRANSITIONS[status]).toBeDefined();
      expect(ORDER_STATUS_LABEL[status]).toMatch(/\S/);
    }
  });

  it('never allows a no-op transition to the same status', () => {
    for (const status of orderStatus.enumValues) expect(canTransition(status, status)).toBe(false);
  });
});
