import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/admin/category-form';
import { PageHeader } from '@/components/admin/page-header';
import { getDb } from '@/db/client';
import { getAdminCategory } from '@/lib/admin/categories/list-admin-categories';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { isAppError } from '@/lib/errors';
import { updateCategoryAction } from '@/lib/actions/admin/update-category-action';

export const metadata: Metadata = { title: 'Editar categoría' };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPage('catalog');
  const { id } = await params;
  const category = await getAdminCategory(getDb(), id).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={category.name}
        description={`${category.productCount} ${category.productCount === 1 ? 'producto' : 'productos'}`}
        back={{ href: '/admin/categorias', label: 'Categorías' }}
      />
      <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <CategoryForm action={updateCategoryAction} defaults={category} submitLabel="Guardar cambios" />
      </section>
    </>
  );
}
