import { describe, expect, it } from 'vitest';
import { isWithinReturnWindow } from './return-window';

describe('isWithinReturnWindow', () => {
  const delivered = new Date('2026-03-01T15:00:00Z'); // 10:00 on 1 March in Bogotá
  it.each([
    ['2026-03-31T04:59:00Z', true], // 30 March 23:59 in Bogotá: day 29
    ['2026-03-31T23:00:00Z', true], // 31 March in Bogotá: day 30, the last day
    ['2026-04-01T04:59:00Z', true], // still 31 March in Bogotá
    ['2026-04-01T05:00:00Z', false], // 1 April in Bogotá: day 31
  ])('at %s → %s', (now, expected) => {
    expect(isWithinReturnWindow(delivered, 30, new Date(now))).toBe(expected);
  });

  it('uses the Bogotá date of delivery, not the UTC one', () => {
    const lateNight = new Date('2026-03-02T03:00:00Z'); // 1 March 22:00 in Bogotá
    expect(isWithinReturnWindow(lateNight, 30, new Date('2026-03-31T23:00:00Z'))).toBe(true);
    expect(isWithinReturnWindow(lateNight, 30, new Date('2026-04-01T12:00:00Z'))).toBe(false);
  });
});
