import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, categories, products } from '@/db/schema';
import { createProduct } from '@/lib/admin/products/create-product';
import { getCategoryBySlug } from '@/lib/catalog/get-category';
import { listCategories } from '@/lib/catalog/list-categories';
import { createTestCategory, createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { listAdminCategories } from './list-admin-categories';
import { createCategory, deleteCategory, moveCategory, updateCategory } from './save-category';

const adminActor = async () => ({ id: (await createTestUser(testDb(), { role: 'ADMIN' })).id, requestId: 'req-cat' });

describe('admin categories', () => {
  it('creates with a slug from the name, last in order; a duplicate slug is 409 VALIDATION on slug', async () => {
    const actor = await adminActor();
    const created = await createCategory(testDb(), { input: { name: 'Aceites Esenciales Ñ' }, actor });
    expect(created).toMatchObject({ slug: 'aceites-esenciales-n', isActive: true, description: '' });
    const all = await listAdminCategories(testDb());
    expect(all.at(-1)!.id).toBe(created.id);
    await expect(
      createCategory(testDb(), { input: { name: 'Otra', slug: 'aceites-esenciales-n' }, actor }),
    ).rejects.toMatchObject({ status: 409, code: 'VALIDATION', details: { fields: { slug: expect.any(String) } } });
    await expect(createCategory(testDb(), { input: { name: 'X', sortOrder: '3' }, actor })).rejects.toMatchObject({
      status: 400,
      details: { fields: { name: expect.any(String), sortOrder: expect.any(String) } },
    });
    const [audit] = await testDb().select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject({ action: 'category.created', actorId: actor.id });
  });

  it('hiding removes it from the store menu and page; showing brings it back', async () => {
    const actor = await adminActor();
    const category = await createTestCategory(testDb());
    await updateCategory(testDb(), { categoryId: category.id, input: { isActive: false }, actor });
    expect((await listCategories(testDb())).map((c) => c.id)).not.toContain(category.id);
    expect(await getCategoryBySlug(testDb(), category.slug)).toBeNull();
    await updateCategory(testDb(), { categoryId: category.id, input: { isActive: true, name: 'Renombrada' }, actor });
    expect(await getCategoryBySlug(testDb(), category.slug)).toMatchObject({ name: 'Renombrada' });
  });

  it('moves up and down in the store order', async () => {
    const actor = await adminActor();
    const before = (await listAdminCategories(testDb())).map((c) => c.id);
    const last = before.at(-1)!;
    await moveCategory(testDb(), { categoryId: last, input: { direction: 'up' }, actor });
    const after = (await listCategories(testDb())).map((c) => c.id);
    expect(after.indexOf(last)).toBe(before.indexOf(last) - 1);
    await expect(
      moveCategory(testDb(), { categoryId: last, input: { direction: 'sideways' }, actor }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuses to delete a category with products (409 with the count), deletes an empty one and frees its slug', async () => {
    const actor = await adminActor();
    const category = await createTestCategory(testDb());
    const { product } = await createTestProduct(testDb(), { product: { categoryId: category.id } });
    await createTestProduct(testDb(), { product: { categoryId: category.id } });
    await expect(deleteCategory(testDb(), { categoryId: category.id, actor })).rejects.toMatchObject({
      status: 409,
      code: 'MKT-CATEGORY-IN-USE',
      details: { products: 2, href: `/admin/productos?category=${category.slug}` },
    });
    // Deleted products do not count.
    await testDb().update(products).set({ deletedAt: new Date() }).where(eq(products.categoryId, category.id));
    await deleteCategory(testDb(), { categoryId: category.id, actor });
    const [row] = await testDb().select().from(categories).where(eq(categories.id, category.id));
    expect(row!.deletedAt).not.toBeNull();
    expect((await listAdminCategories(testDb())).map((c) => c.id)).not.toContain(category.id);
    await expect(
      createCategory(testDb(), { input: { name: 'Nueva', slug: category.slug }, actor }),
    ).resolves.toMatchObject({
      slug: category.slug,
    });
    expect(product.id).toBeDefined();
  });

  it('a product created while the category is being deleted is either counted or refused, never orphaned', async () => {
    const actor = await adminActor();
    const pool = createConcurrentPool(4);
    for (let round = 0; round < 6; round++) {
      const category = await createTestCategory(testDb());
      const [removed, created] = await Promise.allSettled([
        deleteCategory(pool, { categoryId: category.id, actor }),
        createProduct(pool, {
          input: {
            name: `Producto carrera ${round} ${category.slug}`,
            categorySlug: category.slug,
            variants: [{ name: '30 ml', sku: `RACE-${category.id.slice(0, 8)}`, priceCents: 1_000_000 }],
          },
          actor,
        }),
      ]);
      expect([removed.status, created.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
      const [row] = await testDb().select().from(categories).where(eq(categories.id, category.id));
      const live = await testDb().select().from(products).where(eq(products.categoryId, category.id));
      if (row!.deletedAt) expect(live).toEqual([]);
      else expect(live).toHaveLength(1);
    }
  });
});
