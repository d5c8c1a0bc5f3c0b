import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput, FilterSelect } from '@/components/admin/filter-bar';
import { buttonStyles, PageHeader } from '@/components/admin/page-header';
import { SortHeader } from '@/components/admin/sort-header';
import { Badge } from '@/components/admin/status-badge';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { adminProductListQuerySchema, listAdminProducts } from '@/lib/admin/products/list-admin-products';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { formatCop } from '@/lib/money';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Productos' };

const BASE = '/admin/productos';
const STATUS_OPTIONS = [
  { value: 'all', label: 'Todos' },
  { value: 'active', label: 'Visibles' },
  { value: 'inactive', label: 'Ocultos' },
  { value: 'deleted', label: 'Eliminados' },
];

export default async function ProductsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('catalog');
  const params = await searchParams;
  const state = toUrlState(params);
  // A hand-edited URL with a bad value falls back to the defaults instead of an error page.
  const parsed = adminProductListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : adminProductListQuerySchema.parse({});
  const result = await listAdminProducts(getDb(), query);
  const sortProps = { base: BASE, state, current: { sort: query.sort, dir: query.dir } };

  return (
    <>
      <PageHeader
        title="Productos"
        description="Todo el catálogo, incluidos los productos ocultos y eliminados."
        actions={
          <Link href="/admin/productos/nuevo" className={buttonStyles.primary}>
            <Plus aria-hidden className="size-4" /> Nuevo producto
          </Link>
        }
      />
      <FilterBar base={BASE} keep={{ sort: state.sort, dir: state.dir }}>
        <FilterInput label="Buscar" name="q" defaultValue={query.q} placeholder="Nombre, dirección o SKU" />
        <FilterSelect label="Estado" name="status" defaultValue={query.status} options={STATUS_OPTIONS} />
      </FilterBar>
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="productos" />
      {result.items.length === 0 ? (
        <EmptyState
          title={query.q || query.status !== 'all' ? 'Ningún producto coincide' : 'Todavía no hay productos'}
          action={
            <Link href="/admin/productos/nuevo" className={buttonStyles.primary}>
              Crear el primero
            </Link>
          }
        >
          {query.q || query.status !== 'all' ? 'Prueba con otra búsqueda o quita los filtros.' : null}
        </EmptyState>
      ) : (
        <DataTable
          caption="Productos"
          head={
            <>
              <Th>
                <span className="sr-only">Imagen</span>
              </Th>
              <SortHeader label="Producto" column="name" {...sortProps} />
              <Th>Estado</Th>
              <SortHeader label="Desde" column="price" align="right" {...sortProps} />
              <SortHeader label="Disponible" column="stock" align="right" {...sortProps} />
              <SortHeader label="Creado" column="created" align="right" {...sortProps} />
            </>
          }
        >
          {result.items.map((p) => (
            <tr key={p.id} className="hover:bg-sand-50">
              <Td>
                {p.imageUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as-is; thumbnails need no optimiser
                  <img src={p.imageUrl} alt="" className="size-10 rounded-md border border-sand-200 object-cover" />
                ) : (
                  <span className="block size-10 rounded-md bg-sand-100" />
                )}
              </Td>
              <Td>
                <Link href={`/admin/productos/${p.id}`} className="font-semibold text-brand-800 hover:underline">
                  {p.name}
                </Link>
                <p className="text-xs text-stone-600">
                  {p.categoryName} · {p.variantCount} {p.variantCount === 1 ? 'variante' : 'variantes'}
                </p>
              </Td>
              <Td>
                {p.deletedAt ? (
                  <Badge tone="bad">Eliminado</Badge>
                ) : p.isActive ? (
                  <Badge tone="good">Visible</Badge>
                ) : (
                  <Badge>Oculto</Badge>
                )}
              </Td>
              <Td align="right">{p.minPriceCents === null ? '—' : formatCop(p.minPriceCents)}</Td>
              <Td align="right">
                <span className={p.available <= 0 ? 'font-semibold text-red-800' : ''}>{p.available}</span>
                <span className="text-xs text-stone-500"> / {p.stock}</span>
              </Td>
              <Td align="right">{p.createdAt.toLocaleDateString('es-CO', { timeZone: 'America/Bogota' })}</Td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(page) => hrefWith(BASE, state, { page: String(page) })}
      />
    </>
  );
}
