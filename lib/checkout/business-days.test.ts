import { describe, expect, it } from 'vitest';
import { addBusinessDays, colombianHolidays } from './business-days';
import { estimateDeliveryDate } from './estimate-delivery';

describe('colombianHolidays', () => {
  it('knows 2026: Emiliani Mondays and the Easter-based days', () => {
    const h = colombianHolidays(2026);
    for (const day of [
      '2026-01-01',
      '2026-01-12',
      '2026-03-23',
      '2026-04-02',
      '2026-04-03',
      '2026-05-18',
      '2026-06-08',
      '2026-06-15',
      '2026-06-29',
      '2026-07-20',
      '2026-08-07',
      '2026-08-17',
      '2026-10-12',
      '2026-11-02',
      '2026-11-16',
      '2026-12-08',
      '2026-12-25',
    ]) {
      expect(h.has(day), day).toBe(true);
    }
    expect(h.size).toBe(18);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-11-27', 0, '2026-11-27'], // Friday, same day
    ['2026-11-27', 1, '2026-11-30'], // skips the weekend
    ['2026-11-13', 1, '2026-11-17'], // Friday → skips Monday 16 (Independencia de Cartagena)
    ['2026-12-24', 1, '2026-12-28'], // skips Christmas and the weekend
  ])('%s + %i → %s', (start, days, expected) => expect(addBusinessDays(start, days)).toBe(expected));
});

describe('estimateDeliveryDate', () => {
  const friday = new Date('2026-11-27T15:00:00Z'); // 10:00 in Bogotá
  it('adds the longest preparation plus 3 delivery days for home delivery', () => {
    expect(
      estimateDeliveryDate({ preparationDays: [0, 2, 1], deliveryOption: 'DELIVERY', deliveryDays: 3, now: friday }),
    ).toBe('2026-12-04');
  });
  it('adds only preparation for pickup at the spa', () => {
    expect(estimateDeliveryDate({ preparationDays: [0], deliveryOption: 'PICKUP', deliveryDays: 3, now: friday })).toBe(
      '2026-11-27',
    );
  });
  it('counts from the Bogotá date, not the UTC one', () => {
    const lateFridayBogota = new Date('2026-11-28T03:00:00Z'); // Friday 22:00 in Bogotá
    expect(
      estimateDeliveryDate({ preparationDays: [1], deliveryOption: 'PICKUP', deliveryDays: 3, now: lateFridayBogota }),
    ).toBe('2026-11-30');
  });
});
