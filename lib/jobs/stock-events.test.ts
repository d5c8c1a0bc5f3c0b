import { describe, expect, it } from 'vitest';
import { stockEvents } from '@/lib/inventory/record-movement';

const base = { id: 'v1', lowStockThreshold: 5, lastMovementId: 'm1', lastRestockMovementId: null as string | null };

describe('stock events written by recordMovements', () => {
  it.each([
    ['crossing down to the threshold', { startAvailable: 6, available: 5 }, ['low-stock:v1:m1']],
    ['crossing well below it', { startAvailable: 10, available: 0 }, ['low-stock:v1:m1']],
    ['already under the threshold', { startAvailable: 4, available: 2 }, []],
    ['staying above', { startAvailable: 10, available: 6 }, []],
    ['going up from under', { startAvailable: 3, available: 4 }, []],
  ])('%s', (_, change, expected) => {
    expect(stockEvents([{ ...base, ...change }]).map((e) => e.eventId)).toEqual(expected);
  });

  it('announces a restock only when incoming units make an out-of-stock variant available', () => {
    const restock = { ...base, lastRestockMovementId: 'm2' };
    expect(stockEvents([{ ...restock, startAvailable: 0, available: 4 }]).map((e) => e.eventId)).toEqual([
      'restocked:v1:m2',
    ]);
    expect(stockEvents([{ ...restock, startAvailable: 2, available: 6 }])).toEqual([]);
    // A released reservation also frees units, but it is not a restock.
    expect(
      stockEvents([{ ...base, startAvailable: 0, available: 3 }]).filter((e) => e.name === 'inventory/restocked'),
    ).toEqual([]);
    expect(stockEvents([{ ...restock, startAvailable: 0, available: 4 }])[0]).toMatchObject({
      name: 'inventory/restocked',
      payload: { variantId: 'v1', movementId: 'm2', available: 4 },
    });
  });
});
