import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, inventoryMovements, productVariants } from '@/db/schema';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { recordMovement } from '@/lib/inventory/record-movement';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { listMovements } from './list-movements';
import { listStock } from './list-stock';
import { recordStockMovement } from './record-stock-movement';

async function setup(stock: number, reserved = 0) {
  const db = testDb();
  const staff = await createTestUser(db, { role: 'STAFF' });
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: stock, lowStockThreshold: 3 }] });
  const variantId = variants[0]!.id;
  if (reserved > 0)
    await recordMovement(db, { variantId, type: 'RESERVATION', quantity: reserved, note: 'pedido de prueba' });
  return { db, variantId, actor: { id: staff.id } };
}

const variantRow = async (id: string) =>
  (await testDb().select().from(productVariants).where(eq(productVariants.id, id)))[0]!;

describe('recordStockMovement', () => {
  it('restocks and adjusts through the ledger, audited, and the counters still match the ledger', async () => {
    const { db, variantId, actor } = await setup(5);
    expect(
      await recordStockMovement(db, {
        variantId,
        input: { type: 'RESTOCK', quantity: 10, note: 'Llegó el pedido del proveedor' },
        actor,
      }),
    ).toEqual({ variantId, stock: 15, reservedStock: 0, available: 15 });
    expect(
      await recordStockMovement(db, {
        variantId,
        input: { type: 'ADJUSTMENT', quantity: '-3', note: 'Frascos rotos' },
        actor,
      }),
    ).toMatchObject({ stock: 12, available: 12 });
    expect(
      await recordStockMovement(db, {
        variantId,
        input: { type: 'ADJUSTMENT', quantity: 1, note: 'Conteo físico' },
        actor,
      }),
    ).toMatchObject({ stock: 13 });

    const ledger = await db
      .select()
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, variantId))
      .orderBy(inventoryMovements.createdAt);
    expect(ledger.map((m) => [m.type, m.quantity, m.stockAfter])).toEqual([
      ['RESTOCK', 5, 5],
      ['RESTOCK', 10, 15],
      ['ADJUSTMENT', -3, 12],
      ['ADJUSTMENT', 1, 13],
    ]);
    expect(ledger.slice(1).every((m) => m.actorId === actor.id)).toBe(true);
    expect(await checkInventory(db, { variantIds: [variantId] })).toEqual([]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'variant'), eq(auditLog.entityId, variantId)));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'inventory.adjustment',
      'inventory.adjustment',
      'inventory.restock',
    ]);
    expect(audits.find((a) => a.action === 'inventory.restock')).toMatchObject({
      before: { stock: 5 },
      after: { stock: 15 },
    });

    const history = await listMovements(db, { variantId });
    expect(history.total).toBe(4);
    expect(history.items[0]).toMatchObject({ actorName: 'Usuaria de Prueba' });
  });

  it('refuses to remove reserved units, naming how many can go, and changes nothing', async () => {
    const { db, variantId, actor } = await setup(6, 4);
    await expect(
      recordStockMovement(db, { variantId, input: { type: 'ADJUSTMENT', quantity: -3, note: 'Inventario' }, actor }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      status: 400,
      details: {
        fields: { quantity: 'Solo puedes retirar hasta 2 unidades (4 están reservadas para pedidos en curso).' },
      },
    });
    expect(await variantRow(variantId)).toMatchObject({ stock: 6, reservedStock: 4 });
    expect(
      await recordStockMovement(db, {
        variantId,
        input: { type: 'ADJUSTMENT', quantity: -2, note: 'Inventario' },
        actor,
      }),
    ).toMatchObject({ stock: 4, reservedStock: 4, available: 0 });
  });

  it('gives field messages for zero, a negative restock, a missing adjustment reason and an unknown variant', async () => {
    const { db, variantId, actor } = await setup(3);
    await expect(
      recordStockMovement(db, { variantId, input: { type: 'RESTOCK', quantity: 0 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { quantity: expect.any(String) } } });
    await expect(
      recordStockMovement(db, { variantId, input: { type: 'RESTOCK', quantity: -2 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { quantity: expect.stringContaining('positivo') } } });
    await expect(
      recordStockMovement(db, { variantId, input: { type: 'ADJUSTMENT', quantity: -1 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { note: expect.any(String) } } });
    await expect(
      recordStockMovement(db, { variantId, input: { type: 'SALE', quantity: 1 }, actor }),
    ).rejects.toMatchObject({ details: { fields: { type: expect.any(String) } } });
    await expect(
      recordStockMovement(db, {
        variantId: '00000000-0000-4000-8000-000000000000',
        input: { type: 'RESTOCK', quantity: 1 },
        actor,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await variantRow(variantId)).toMatchObject({ stock: 3 });
  });
});

describe('listStock', () => {
  it('shows available, reserved and threshold, and filters low and out of stock', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, {
      product: { name: 'Inventario filtro' },
      variants: [
        { sku: 'INV-OK', initialStock: 20, lowStockThreshold: 3 },
        { sku: 'INV-LOW', initialStock: 5, lowStockThreshold: 3 },
        { sku: 'INV-OUT', initialStock: 2, lowStockThreshold: 3 },
      ],
    });
    await recordMovement(db, { variantId: variants[1]!.id, type: 'RESERVATION', quantity: 2 });
    await recordMovement(db, { variantId: variants[2]!.id, type: 'RESERVATION', quantity: 2 });
    const skus = async (filter: string) => (await listStock(db, { filter, q: 'INV-' })).items.map((r) => r.sku);
    expect(await skus('low')).toEqual(['INV-LOW']);
    expect(await skus('out')).toEqual(['INV-OUT']);
    expect(
      (await listStock(db, { q: 'INV-', sort: 'available', dir: 'desc' })).items.map((r) => [
        r.sku,
        r.available,
        r.reservedStock,
      ]),
    ).toEqual([
      ['INV-OK', 20, 0],
      ['INV-LOW', 3, 2],
      ['INV-OUT', 0, 2],
    ]);
  });
});
