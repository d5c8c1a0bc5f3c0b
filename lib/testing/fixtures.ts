import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { categories, productVariants, products, users } from '@/db/schema';
import { recordMovement } from '@/lib/inventory/record-movement';

const unique = () => randomUUID().slice(0, 8);

export async function createTestUser(
  db: Db,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<typeof users.$inferSelect> {
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@test.botica`,
      name: 'Usuaria de Prueba',
      passwordHash: 'not-a-real-hash',
      ...overrides,
    })
    .returning();
  if (!user) throw new Error('user fixture not created');
  return user;
}

export async function createTestCategory(db: Db, overrides: Partial<typeof categories.$inferInsert> = {}) {
  const slug = `categoria-${unique()}`;
  const [category] = await db
    .insert(categories)
    .values({ slug, name: `Categoría ${slug}`, ...overrides })
    .returning();
  if (!category) throw new Error('category fixture not created');
  return category;
}

type ProductFixture = {
  product?: Partial<typeof products.$inferInsert>;
  variants?: Array<Partial<typeof productVariants.$inferInsert> & { initialStock?: number }>;
};

/** A product with variants whose initial stock goes through the ledger, like real stock does. */
export async function createTestProduct(db: Db, fixture: ProductFixture = {}) {
  const category = await createTestCategory(db);
  const slug = `producto-${unique()}`;
  const [product] = await db
    .insert(products)
    .values({ slug, name: `Producto ${slug}`, categoryId: category.id, ...fixture.product })
    .returning();
  if (!product) throw new Error('product fixture not created');
  const variants = [];
  for (const [index, spec] of (fixture.variants ?? [{}]).entries()) {
    const { initialStock = 10, ...columns } = spec;
    const [variant] = await db
      .insert(productVariants)
      .values({
        productId: product.id,
        sku: `SKU-${unique()}`,
        name: `Variante ${index + 1}`,
        priceCents: 5_000_000,
        ...columns,
        stock: 0,
        reservedStock: 0,
      })
      .returning();
    if (!variant) throw new Error('variant fixture not created');
    if (initialStock > 0)
      await recordMovement(db, { variantId: variant.id, type: 'RESTOCK', quantity: initialStock, note: 'fixture' });
    variants.push({ ...variant, stock: initialStock });
  }
  return { category, product, variants };
}
