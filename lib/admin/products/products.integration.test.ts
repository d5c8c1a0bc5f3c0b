import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, inventoryMovements, productVariants, products, variantPriceHistory } from '@/db/schema';
import { getProductBySlug } from '@/lib/catalog/get-product';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { createTestCategory, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { addVariant } from '@/lib/admin/variants/add-variant';
import { getAdminVariant } from '@/lib/admin/variants/get-admin-variant';
import { updateVariant } from '@/lib/admin/variants/update-variant';
import { createProduct } from './create-product';
import { getAdminProduct } from './get-admin-product';
import { listAdminProducts } from './list-admin-products';
import { setProductDeleted, updateProduct } from './update-product';

async function setup() {
  const db = testDb();
  const admin = await createTestUser(db, { role: 'ADMIN' });
  const category = await createTestCategory(db);
  return { db, actor: { id: admin.id, requestId: 'req-test-1234' }, category };
}

const variant = (sku: string, extra: Record<string, unknown> = {}) => ({
  sku,
  name: `Variante ${sku}`,
  priceCents: 4_990_000,
  ...extra,
});
const productCount = async () => (await testDb().select({ n: count() }).from(products))[0]!.n;

describe('createProduct', () => {
  it('creates a product with two variants: initial stock as RESTOCK, default VIP price, price history, tags, audit, and it shows in the shop', async () => {
    const { db, actor, category } = await setup();
    const created = await createProduct(db, {
      input: {
        name: 'Aceite de Caléndula',
        description: 'Suave para piel sensible.',
        categorySlug: category.slug,
        preparationDays: 2,
        tags: ['Piel sensible', 'Natural'],
        variants: [
          variant('cal-30', {
            initialStock: 7,
            weightGrams: 120,
            dimensionsCm: { length: 4, width: 4, height: 12.5 },
            bulkDiscounts: [{ minQuantity: 3, percent: 10 }],
          }),
          variant('CAL-60', { priceCents: 7_990_000, vipPriceCents: 6_990_000 }),
        ],
      },
      actor,
    });
    expect(created.slug).toBe('aceite-de-calendula');
    expect(created.variants.map((v) => v.sku)).toEqual(['CAL-30', 'CAL-60']);

    const [first, second] = await db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, created.id))
      .orderBy(productVariants.sortOrder);
    // 15 % off by default: 49.900 − 7.485 = 42.415 pesos.
    expect(first).toMatchObject({
      stock: 7,
      reservedStock: 0,
      vipPriceCents: 4_241_500,
      weightGrams: 120,
      heightCm: 12.5,
    });
    expect(second).toMatchObject({ stock: 0, vipPriceCents: 6_990_000 });
    const ledger = await db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, first!.id));
    expect(ledger).toMatchObject([{ type: 'RESTOCK', quantity: 7, actorId: actor.id }]);
    expect(await checkInventory(db, { variantIds: [first!.id, second!.id] })).toEqual([]);

    const history = await db.select().from(variantPriceHistory).where(eq(variantPriceHistory.variantId, first!.id));
    expect(history).toMatchObject([
      { oldPriceCents: null, newPriceCents: 4_990_000, newVipPriceCents: 4_241_500, changedBy: actor.id },
    ]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'product.created')));
    expect(audit).toMatchObject({ actorId: actor.id, entityType: 'product', requestId: 'req-test-1234' });

    const shop = await getProductBySlug(db, created.slug);
    expect(shop?.variants.map((v) => v.sku)).toEqual(['CAL-30', 'CAL-60']);
    expect(shop?.tags.map((t) => t.name).sort()).toEqual(['Natural', 'Piel sensible']);
  });

  it('keeps "what is included" (kits) from create and PATCH, and the shop shows it; too long is a field message', async () => {
    const { db, actor, category } = await setup();
    const created = await createProduct(db, {
      input: {
        name: 'Kit Ritual de Lavanda',
        categorySlug: category.slug,
        whatIsIncluded: ' Aceite de lavanda 30 ml\nVela de soya ',
        variants: [variant('KIT-LAV-1')],
      },
      actor,
    });
    expect((await getProductBySlug(db, created.slug))?.whatIsIncluded).toBe('Aceite de lavanda 30 ml\nVela de soya');
    await updateProduct(db, {
      productId: created.id,
      input: { whatIsIncluded: 'Aceite de lavanda 30 ml\nVela de soya\nSales de baño' },
      actor,
    });
    expect((await getAdminProduct(db, created.id)).whatIsIncluded).toBe(
      'Aceite de lavanda 30 ml\nVela de soya\nSales de baño',
    );
    await expect(
      updateProduct(db, { productId: created.id, input: { whatIsIncluded: 'x'.repeat(2_001) }, actor }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { whatIsIncluded: expect.any(String) } } });
  });

  it('refuses a VIP price at or above the price and a min above the max with field messages, saving nothing', async () => {
    const { db, actor, category } = await setup();
    const before = await productCount();
    await expect(
      createProduct(db, {
        input: {
          name: 'Malo',
          categorySlug: category.slug,
          variants: [variant('BAD-1', { vipPriceCents: 4_990_000, minOrderQuantity: 5, maxOrderQuantity: 2 })],
        },
        actor,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      status: 400,
      details: {
        fields: {
          'variants.0.vipPriceCents': expect.stringContaining('menor'),
          'variants.0.maxOrderQuantity': expect.stringContaining('mínima'),
        },
      },
    });
    await expect(
      createProduct(db, {
        input: { name: 'Malo', categorySlug: category.slug, variants: [variant('BAD-2', { priceCents: 4_990_050 })] },
        actor,
      }),
    ).rejects.toMatchObject({
      details: { fields: { 'variants.0.priceCents': expect.stringContaining('pesos enteros') } },
    });
    await expect(
      createProduct(db, { input: { name: 'Malo', categorySlug: 'no-existe', variants: [variant('BAD-3')] }, actor }),
    ).rejects.toMatchObject({ details: { fields: { categorySlug: expect.any(String) } } });
    expect(await productCount()).toBe(before);
  });

  it('answers MKT-SKU-DUPLICATE for a SKU already used, or repeated in the same request', async () => {
    const { db, actor, category } = await setup();
    await createProduct(db, {
      input: { name: 'Primero', categorySlug: category.slug, variants: [variant('DUP-1')] },
      actor,
    });
    await expect(
      createProduct(db, {
        input: { name: 'Segundo', categorySlug: category.slug, variants: [variant('ok-1'), variant('dup-1')] },
        actor,
      }),
    ).rejects.toMatchObject({
      code: 'MKT-SKU-DUPLICATE',
      status: 409,
      details: { fields: { 'variants.1.sku': expect.stringContaining('DUP-1') } },
    });
    await expect(
      createProduct(db, {
        input: { name: 'Tercero', categorySlug: category.slug, variants: [variant('TWICE'), variant('twice')] },
        actor,
      }),
    ).rejects.toMatchObject({ code: 'MKT-SKU-DUPLICATE' });
  });

  it('lets exactly one of two concurrent creates with the same SKU win; the other gets MKT-SKU-DUPLICATE', async () => {
    const { actor, category } = await setup();
    const pool = createConcurrentPool(4);
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        createProduct(pool, {
          input: {
            name: `Carrera ${n}`,
            categorySlug: category.slug,
            variants: [variant('RACE-1', { initialStock: 3 })],
          },
          actor,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'MKT-SKU-DUPLICATE',
      status: 409,
      details: { fields: { 'variants.0.sku': expect.any(String) } },
    });
    expect(await pool.select({ n: count() }).from(productVariants).where(eq(productVariants.sku, 'RACE-1'))).toEqual([
      { n: 1 },
    ]);
  });

  it('maps the unique index itself when the other insert is not yet visible to the pre-check', async () => {
    const { actor, category } = await setup();
    const pool = createConcurrentPool(4);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    // An open transaction holds RACE-2: the second create passes the pre-check, then waits on the index.
    const holder = pool.transaction(async (tx) => {
      const [p] = await tx
        .insert(products)
        .values({ slug: 'sostiene-race', name: 'Sostiene', categoryId: category.id })
        .returning();
      await tx.insert(productVariants).values({ productId: p!.id, sku: 'RACE-2', name: 'x', priceCents: 100_000 });
      inserted();
      await gate;
    });
    await insertedSignal;
    const loser = createProduct(pool, {
      input: { name: 'Perdedora', categorySlug: category.slug, variants: [variant('race-2')] },
      actor,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await holder;
    await expect(loser).rejects.toMatchObject({
      code: 'MKT-SKU-DUPLICATE',
      details: { fields: { 'variants.0.sku': expect.stringContaining('RACE-2') } },
    });
  });
});

describe('editing products and variants', () => {
  it('records every price or VIP change with who and when, and knows the lowest price of the last 30 days', async () => {
    const { db, actor, category } = await setup();
    const created = await createProduct(db, {
      input: { name: 'Vela', categorySlug: category.slug, variants: [variant('VELA-1', { vipPriceCents: null })] },
      actor,
    });
    const id = created.variants[0]!.id;
    await updateVariant(db, { variantId: id, input: { priceCents: 3_990_000 }, actor });
    await updateVariant(db, { variantId: id, input: { name: 'Solo nombre' }, actor });
    await updateVariant(db, { variantId: id, input: { priceCents: 5_490_000, useDefaultVipPrice: true }, actor });
    const detail = await getAdminVariant(db, id);
    expect(detail.priceHistory.map((h) => [h.oldPriceCents, h.newPriceCents, h.newVipPriceCents])).toEqual([
      [3_990_000, 5_490_000, 4_666_500],
      [4_990_000, 3_990_000, null],
      [null, 4_990_000, null],
    ]);
    expect(detail.priceHistory[0]).toMatchObject({ changedByEmail: expect.stringContaining('@test.botica') });
    expect(detail.lowestPrice30dCents).toBe(3_990_000);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'variant.updated')));
    expect(audits).toHaveLength(3);
  });

  it('refuses an edit whose merged values break the rules, changing nothing', async () => {
    const { db, actor, category } = await setup();
    const created = await createProduct(db, {
      input: {
        name: 'Crema',
        categorySlug: category.slug,
        variants: [variant('CREMA-1', { vipPriceCents: 4_000_000, minOrderQuantity: 2 })],
      },
      actor,
    });
    const id = created.variants[0]!.id;
    await expect(updateVariant(db, { variantId: id, input: { priceCents: 3_000_000 }, actor })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { vipPriceCents: expect.any(String) } },
    });
    await expect(updateVariant(db, { variantId: id, input: { maxOrderQuantity: 1 }, actor })).rejects.toMatchObject({
      details: { fields: { maxOrderQuantity: expect.any(String) } },
    });
    const [row] = await db.select().from(productVariants).where(eq(productVariants.id, id));
    expect(row).toMatchObject({ priceCents: 4_990_000, maxOrderQuantity: 100 });
    expect(await db.select().from(variantPriceHistory).where(eq(variantPriceHistory.variantId, id))).toHaveLength(1);
  });

  it('adds a variant (SKU checked), edits fields, deactivates, soft deletes and restores, with audit entries', async () => {
    const { db, actor, category } = await setup();
    const other = await createProduct(db, {
      input: { name: 'Otro', categorySlug: category.slug, variants: [variant('OTRO-1')] },
      actor,
    });
    const created = await createProduct(db, {
      input: { name: 'Jabón', categorySlug: category.slug, variants: [variant('JAB-1')] },
      actor,
    });
    await expect(addVariant(db, { productId: created.id, input: variant('otro-1'), actor })).rejects.toMatchObject({
      code: 'MKT-SKU-DUPLICATE',
      details: { fields: { sku: expect.any(String) } },
    });
    const added = await addVariant(db, { productId: created.id, input: variant('JAB-2', { initialStock: 4 }), actor });
    expect(added).toMatchObject({ sku: 'JAB-2', stock: 4, sortOrder: 1 });

    await updateProduct(db, {
      productId: created.id,
      input: {
        name: 'Jabón de avena',
        isActive: false,
        preparationDays: 3,
        tags: ['Avena'],
        relatedProductIds: [other.id],
      },
      actor,
    });
    expect(await getProductBySlug(db, created.slug)).toBeNull();
    const detail = await getAdminProduct(db, created.id);
    expect(detail).toMatchObject({
      name: 'Jabón de avena',
      isActive: false,
      preparationDays: 3,
      tags: [{ name: 'Avena' }],
      related: [{ id: other.id }],
    });
    await expect(
      updateProduct(db, { productId: created.id, input: { relatedProductIds: [created.id] }, actor }),
    ).rejects.toMatchObject({ details: { fields: { relatedProductIds: expect.any(String) } } });

    await updateProduct(db, { productId: created.id, input: { isActive: true }, actor });
    await setProductDeleted(db, { productId: created.id, deleted: true, actor });
    expect(await getProductBySlug(db, created.slug)).toBeNull();
    expect((await listAdminProducts(db, { status: 'deleted' })).items.map((p) => p.id)).toContain(created.id);
    await setProductDeleted(db, { productId: created.id, deleted: false, actor });
    expect(await getProductBySlug(db, created.slug)).not.toBeNull();

    const actions = (
      await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['product.created', 'product.updated', 'product.deleted', 'product.restored']),
    );
    await expect(
      updateProduct(db, { productId: '00000000-0000-4000-8000-000000000000', input: { name: 'x y' }, actor }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('lists every product with filters, search by SKU and sorting', async () => {
    const { db, actor, category } = await setup();
    await createProduct(db, {
      input: {
        name: 'Zeta buscable',
        categorySlug: category.slug,
        variants: [variant('BUSCA-77', { initialStock: 2 })],
      },
      actor,
    });
    const bySku = await listAdminProducts(db, { q: 'busca-7' });
    expect(bySku.items.map((p) => p.name)).toEqual(['Zeta buscable']);
    expect(bySku.items[0]).toMatchObject({ variantCount: 1, stock: 2, available: 2, minPriceCents: 4_990_000 });
    await expect(listAdminProducts(db, { sort: 'nope' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
