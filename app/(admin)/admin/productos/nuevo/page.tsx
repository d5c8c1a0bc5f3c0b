import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { ProductCreateForm } from '@/components/admin/product-create-form';
import { getDb } from '@/db/client';
import { listProductChoices } from '@/lib/admin/products/get-admin-product';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { listCategories } from '@/lib/catalog/list-categories';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { createProductAction } from '@/lib/actions/admin/create-product-action';

export const metadata: Metadata = { title: 'Nuevo producto' };

export default async function NewProductPage() {
  await requireAreaPage('catalog');
  const db = getDb();
  const [categories, productChoices, settings] = await Promise.all([
    listCategories(db),
    listProductChoices(db),
    getStoreSettings(db),
  ]);
  return (
    <>
      <PageHeader
        title="Nuevo producto"
        description="Crea el producto con sus variantes y su stock inicial. Después podrás subir las imágenes."
        back={{ href: '/admin/productos', label: 'Productos' }}
      />
      <ProductCreateForm
        action={createProductAction}
        categories={categories}
        productChoices={productChoices}
        vipPercent={settings.vipDefaultDiscountPercent}
      />
    </>
  );
}
