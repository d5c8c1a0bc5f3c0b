import { describe, expect, it } from 'vitest';
import { availabilityLabel, availabilityOf } from './availability';

describe('availabilityOf', () => {
  it.each([
    { available: 0, threshold: 5, expected: 'OUT_OF_STOCK' },
    { available: -1, threshold: 5, expected: 'OUT_OF_STOCK' },
    { available: 1, threshold: 5, expected: 'LOW_STOCK' },
    { available: 5, threshold: 5, expected: 'LOW_STOCK' },
    { available: 6, threshold: 5, expected: 'IN_STOCK' },
    { available: 1, threshold: 0, expected: 'IN_STOCK' },
  ])('$available units with threshold $threshold → $expected', ({ available, threshold, expected }) => {
    expect(availabilityOf(available, threshold)).toBe(expected);
  });
});

describe('availabilityLabel', () => {
  it.each([
    { status: 'OUT_OF_STOCK', available: 0, expected: 'Agotado' },
    { status: 'LOW_STOCK', available: 1, expected: 'Queda 1' },
    { status: 'LOW_STOCK', available: 3, expected: 'Quedan 3' },
    { status: 'IN_STOCK', available: 40, expected: 'Disponible' },
  ] as const)('$status/$available → $expected', ({ status, available, expected }) => {
    expect(availabilityLabel(status, available)).toBe(expected);
  });
});
