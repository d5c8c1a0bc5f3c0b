import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { ActionButton } from '@/components/admin/action-button';
import { CategoryDeleteButton } from '@/components/admin/category-delete-button';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { buttonStyles, PageHeader } from '@/components/admin/page-header';
import { Badge } from '@/components/admin/status-badge';
import { getDb } from '@/db/client';
import { listAdminCategories } from '@/lib/admin/categories/list-admin-categories';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { categoryRowAction } from '@/lib/actions/admin/category-row-action';

export const metadata: Metadata = { title: 'Categorías' };

export default async function CategoriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('catalog');
  const created = (await searchParams).creada === '1';
  const rows = await listAdminCategories(getDb());
  const newButton = (
    <Link href="/admin/categorias/nueva" className={buttonStyles.primary}>
      <Plus aria-hidden className="size-4" /> Nueva categoría
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Categorías"
        description="El orden aquí es el de la tienda. Una categoría oculta no aparece en el menú ni tiene página; sus productos siguen a la venta."
        actions={newButton}
      />
      {created ? (
        <p role="status" className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">
          Categoría creada.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="Todavía no hay categorías" action={newButton} />
      ) : (
        <DataTable
          caption="Categorías"
          head={
            <>
              <Th>Orden</Th>
              <Th>Nombre</Th>
              <Th align="right">Productos</Th>
              <Th>Estado</Th>
              <Th>
                <span className="sr-only">Acciones</span>
              </Th>
            </>
          }
        >
          {rows.map((c, i) => (
            <tr key={c.id} className="hover:bg-sand-50">
              <Td>
                <div className="flex gap-1">
                  {i > 0 ? (
                    <ActionButton
                      action={categoryRowAction}
                      hidden={{ categoryId: c.id, intent: 'up' }}
                      label={<span aria-label={`Subir ${c.name}`}>↑</span>}
                      pendingLabel="…"
                    />
                  ) : null}
                  {i < rows.length - 1 ? (
                    <ActionButton
                      action={categoryRowAction}
                      hidden={{ categoryId: c.id, intent: 'down' }}
                      label={<span aria-label={`Bajar ${c.name}`}>↓</span>}
                      pendingLabel="…"
                    />
                  ) : null}
                </div>
              </Td>
              <Td>
                <Link href={`/admin/categorias/${c.id}`} className="font-semibold text-brand-800 hover:underline">
                  {c.name}
                </Link>
                <span className="block font-mono text-xs text-stone-600">/categorias/{c.slug}</span>
              </Td>
              <Td align="right">
                <Link
                  href={`/admin/productos?category=${encodeURIComponent(c.slug)}`}
                  className="text-brand-800 hover:underline"
                >
                  {c.productCount}
                </Link>
              </Td>
              <Td>{c.isActive ? <Badge tone="good">Visible</Badge> : <Badge>Oculta</Badge>}</Td>
              <Td>
                <div className="flex flex-wrap items-start gap-2">
                  <ActionButton
                    action={categoryRowAction}
                    hidden={{ categoryId: c.id, intent: c.isActive ? 'hide' : 'show' }}
                    label={c.isActive ? 'Ocultar' : 'Mostrar'}
                    pendingLabel="Guardando…"
                  />
                  <CategoryDeleteButton action={categoryRowAction} category={c} />
                </div>
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
