import { describe, expect, it } from 'vitest';
import { isVipActive, todayInBogota } from './vip';

describe('todayInBogota', () => {
  it.each([
    ['2026-03-01T04:59:00Z', '2026-02-28'], // 23:59 in Bogotá, still the previous day
    ['2026-03-01T05:00:00Z', '2026-03-01'],
    ['2026-12-31T23:00:00Z', '2026-12-31'],
  ])('%s is %s in Bogotá', (iso, expected) => {
    expect(todayInBogota(new Date(iso))).toBe(expected);
  });
});

describe('isVipActive', () => {
  const lastMinute = new Date('2026-07-01T04:59:00Z'); // 2026-06-30 23:59 Bogotá
  it.each([
    [null, false],
    ['2026-06-29', false],
    ['2026-06-30', true],
    ['2026-07-01', true],
  ])('vipUntil %s → %s on the last minute of 2026-06-30 in Bogotá', (vipUntil, expected) => {
    expect(isVipActive(vipUntil, lastMinute)).toBe(expected);
  });

  it('expires at Bogotá midnight, not UTC midnight', () => {
    expect(isVipActive('2026-06-30', new Date('2026-07-01T05:00:00Z'))).toBe(false);
  });
});
