import type { Metadata } from 'next';
import { CategoryForm } from '@/components/admin/category-form';
import { PageHeader } from '@/components/admin/page-header';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { createCategoryAction } from '@/lib/actions/admin/create-category-action';

export const metadata: Metadata = { title: 'Nueva categoría' };

export default async function NewCategoryPage() {
  await requireAreaPage('catalog');
  return (
    <>
      <PageHeader title="Nueva categoría" back={{ href: '/admin/categorias', label: 'Categorías' }} />
      <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <CategoryForm action={createCategoryAction} submitLabel="Crear categoría" />
      </section>
    </>
  );
}
