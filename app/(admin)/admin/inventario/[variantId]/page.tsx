import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { formatDateTime } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { StatCard } from '@/components/admin/stat-card';
import { StockMovementForm } from '@/components/admin/stock-movement-form';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { listMovements, movementListQuerySchema } from '@/lib/admin/inventory/list-movements';
import { canUseArea, requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { getAdminVariant } from '@/lib/admin/variants/get-admin-variant';
import { isAppError } from '@/lib/errors';
import { recordMovementAction } from '@/lib/actions/admin/record-movement-action';

export const metadata: Metadata = { title: 'Stock de la variante' };

const TYPE_LABEL: Record<string, string> = {
  RESTOCK: 'Reposición',
  ADJUSTMENT: 'Ajuste',
  RESERVATION: 'Reserva',
  RESERVATION_RELEASE: 'Reserva liberada',
  SALE: 'Venta',
  RETURN: 'Devolución',
};

type PageProps = {
  params: Promise<{ variantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function VariantStockPage({ params, searchParams }: PageProps) {
  const user = await requireAreaPage('inventory');
  const { variantId } = await params;
  const sp = await searchParams;
  const parsed = movementListQuerySchema.safeParse(searchParamsToObject(sp));
  const db = getDb();
  const variant = await getAdminVariant(db, variantId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const movements = await listMovements(db, { variantId: variant.id, query: parsed.success ? parsed.data : {} });
  const base = `/admin/inventario/${variant.id}`;

  return (
    <>
      <PageHeader
        title={`${variant.productName} · ${variant.name}`}
        description={<span className="font-mono text-sm">{variant.sku}</span>}
        back={{ href: '/admin/inventario', label: 'Inventario' }}
        actions={
          canUseArea(user.role, 'catalog') ? (
            <Link
              href={`/admin/variantes/${variant.id}`}
              className="rounded-lg border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
            >
              Precios y datos
            </Link>
          ) : undefined
        }
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard label="Disponible" value={variant.available} />
        <StatCard label="En stock" value={variant.stock} />
        <StatCard label="Reservado" value={variant.reservedStock} hint="Pedidos esperando pago" />
        <StatCard label="Aviso de stock bajo" value={variant.lowStockThreshold} />
      </div>

      <section
        aria-labelledby="movement-form"
        className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
      >
        <h2 id="movement-form" className="text-lg font-semibold text-stone-900">
          Reponer o ajustar
        </h2>
        <StockMovementForm
          action={recordMovementAction}
          variantId={variant.id}
          available={variant.available}
          reserved={variant.reservedStock}
        />
      </section>

      <section aria-labelledby="movements" className="space-y-3">
        <h2 id="movements" className="text-lg font-semibold text-stone-900">
          Historial de movimientos
        </h2>
        <ResultCount page={movements.page} pageSize={movements.pageSize} total={movements.total} noun="movimientos" />
        {movements.items.length === 0 ? (
          <EmptyState title="Sin movimientos">Esta variante todavía no tiene entradas ni salidas.</EmptyState>
        ) : (
          <DataTable
            caption="Movimientos de inventario, el más reciente primero"
            head={
              <>
                <Th>Fecha</Th>
                <Th>Tipo</Th>
                <Th align="right">Cantidad</Th>
                <Th align="right">Stock después</Th>
                <Th align="right">Reservado después</Th>
                <Th>Pedido</Th>
                <Th>Quién y por qué</Th>
              </>
            }
          >
            {movements.items.map((m) => (
              <tr key={m.id}>
                <Td>{formatDateTime(m.createdAt)}</Td>
                <Td>{TYPE_LABEL[m.type] ?? m.type}</Td>
                <Td align="right">
                  <span className={m.quantity < 0 ? 'text-red-800' : 'text-brand-800'}>
                    {m.quantity > 0 ? `+${m.quantity}` : m.quantity}
                  </span>
                </Td>
                <Td align="right">{m.stockAfter}</Td>
                <Td align="right">{m.reservedAfter}</Td>
                <Td>
                  {m.orderId ? (
                    <Link href={`/admin/pedidos/${m.orderId}`} className="font-semibold text-brand-800 hover:underline">
                      #{m.orderNumber}
                    </Link>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td>
                  <span className="text-stone-900">{m.actorName ?? 'Sistema'}</span>
                  {m.note ? <span className="block text-xs text-stone-600">{m.note}</span> : null}
                </Td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination
          page={movements.page}
          pageSize={movements.pageSize}
          total={movements.total}
          hrefFor={(page) => hrefWith(base, toUrlState(sp), { page: String(page) })}
        />
      </section>
    </>
  );
}
