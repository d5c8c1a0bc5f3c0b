import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckCircle2, TriangleAlert } from 'lucide-react';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput } from '@/components/admin/filter-bar';
import { PageHeader } from '@/components/admin/page-header';
import { SortHeader } from '@/components/admin/sort-header';
import { Badge } from '@/components/admin/status-badge';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { listStock, stockListQuerySchema } from '@/lib/admin/inventory/list-stock';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { checkInventory } from '@/lib/inventory/check-inventory';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Inventario' };

const BASE = '/admin/inventario';
const TABS = [
  { value: 'all', label: 'Todo' },
  { value: 'low', label: 'Stock bajo' },
  { value: 'out', label: 'Agotado' },
] as const;

export default async function InventoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('inventory');
  const params = await searchParams;
  const state = toUrlState(params);
  const parsed = stockListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : stockListQuerySchema.parse({});
  const db = getDb();
  const [result, mismatches] = await Promise.all([listStock(db, query), checkInventory(db)]);
  const sortProps = { base: BASE, state, current: { sort: query.sort, dir: query.dir } };

  return (
    <>
      <PageHeader
        title="Inventario"
        description="Disponible = en stock − reservado para pedidos sin pagar. Las reposiciones y ajustes quedan en el historial de cada variante."
      />

      <section
        aria-label="Verificación del inventario"
        className={`flex items-start gap-3 rounded-xl border p-4 ${mismatches.length === 0 ? 'border-brand-200 bg-brand-50' : 'border-red-200 bg-red-50'}`}
      >
        {mismatches.length === 0 ? (
          <CheckCircle2 aria-hidden className="size-5 shrink-0 text-brand-700" />
        ) : (
          <TriangleAlert aria-hidden className="size-5 shrink-0 text-red-700" />
        )}
        <div className="text-sm">
          <p className="font-semibold">
            {mismatches.length === 0
              ? 'Inventario consistente'
              : `${mismatches.length} variantes no cuadran con su historial`}
          </p>
          <p className="text-stone-700">
            {mismatches.length === 0
              ? 'Cada contador coincide con la suma de sus movimientos (la misma verificación de «npm run inventory:check»).'
              : 'Los contadores difieren de la suma de movimientos. Avisa al equipo técnico antes de ajustar.'}
          </p>
          {mismatches.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {mismatches.slice(0, 10).map((m) => (
                <li key={m.variantId}>
                  <span className="font-mono">{m.sku}</span>: stock {m.stock} vs. {m.ledgerStock} en movimientos;
                  reservado {m.reservedStock} vs. {m.ledgerReserved}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <nav aria-label="Filtrar por stock" className="flex gap-2">
        {TABS.map((tab) => (
          <Link
            key={tab.value}
            href={hrefWith(BASE, state, { filter: tab.value === 'all' ? undefined : tab.value })}
            aria-current={query.filter === tab.value ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm font-semibold ${query.filter === tab.value ? 'bg-brand-700 text-white' : 'bg-white text-stone-800 ring-1 ring-sand-200 hover:bg-brand-50'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <FilterBar base={BASE} keep={{ filter: state.filter, sort: state.sort, dir: state.dir }}>
        <FilterInput label="Buscar" name="q" defaultValue={query.q} placeholder="SKU, producto o variante" />
      </FilterBar>
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="variantes" />
      {result.items.length === 0 ? (
        <EmptyState
          title={
            query.filter === 'out'
              ? 'Nada agotado'
              : query.filter === 'low'
                ? 'Nada con stock bajo'
                : 'Ninguna variante coincide'
          }
        >
          {query.filter !== 'all' ? 'Buena noticia: no hay variantes en esta lista.' : 'Prueba con otra búsqueda.'}
        </EmptyState>
      ) : (
        <DataTable
          caption="Stock por variante"
          head={
            <>
              <SortHeader label="Producto" column="product" {...sortProps} />
              <SortHeader label="SKU" column="sku" {...sortProps} />
              <SortHeader label="En stock" column="stock" align="right" {...sortProps} />
              <SortHeader label="Reservado" column="reserved" align="right" {...sortProps} />
              <SortHeader label="Disponible" column="available" align="right" {...sortProps} />
              <Th align="right">Umbral</Th>
              <Th>
                <span className="sr-only">Acciones</span>
              </Th>
            </>
          }
        >
          {result.items.map((v) => (
            <tr key={v.variantId} className="hover:bg-sand-50">
              <Td>
                <span className="font-semibold text-stone-900">{v.productName}</span>{' '}
                <span className="text-stone-600">· {v.variantName}</span>
                {v.productDeletedAt ? (
                  <span className="ml-2">
                    <Badge tone="bad">Eliminado</Badge>
                  </span>
                ) : !v.productIsActive ? (
                  <span className="ml-2">
                    <Badge>Oculto</Badge>
                  </span>
                ) : null}
              </Td>
              <Td className="font-mono text-xs whitespace-nowrap">{v.sku}</Td>
              <Td align="right">{v.stock}</Td>
              <Td align="right">{v.reservedStock}</Td>
              <Td align="right">
                {v.available <= 0 ? (
                  <Badge tone="bad">Agotado</Badge>
                ) : v.available <= v.lowStockThreshold ? (
                  <Badge tone="warn">{v.available} · bajo</Badge>
                ) : (
                  v.available
                )}
              </Td>
              <Td align="right">{v.lowStockThreshold}</Td>
              <Td>
                <Link
                  href={`/admin/inventario/${v.variantId}`}
                  className="font-semibold whitespace-nowrap text-brand-800 hover:underline"
                >
                  Reponer o ajustar<span className="sr-only"> {v.sku}</span>
                </Link>
              </Td>
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
