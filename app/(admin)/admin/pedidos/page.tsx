import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput, FilterSelect } from '@/components/admin/filter-bar';
import { formatDateTime } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { SortHeader } from '@/components/admin/sort-header';
import { Badge, OrderStatusBadge } from '@/components/admin/status-badge';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { orderStatus } from '@/db/schema';
import { adminOrderListQuerySchema } from '@/lib/admin/orders/order-filters';
import { countOrderQueues, listAdminOrders } from '@/lib/admin/orders/list-admin-orders';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { formatCop } from '@/lib/money';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Pedidos' };

const BASE = '/admin/pedidos';

export default async function OrdersAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('orders');
  const params = await searchParams;
  const state = toUrlState(params);
  const parsed = adminOrderListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : adminOrderListQuerySchema.parse({});
  const filterError = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const db = getDb();
  const [result, queues] = await Promise.all([listAdminOrders(db, query), countOrderQueues(db)]);
  const sortProps = { base: BASE, state, current: { sort: query.sort, dir: query.dir } };
  const tabs = [
    { label: 'Todos', href: BASE, current: !query.queue && !query.status },
    {
      label: `Por despachar (${queues.pendingFulfilment})`,
      href: `${BASE}?queue=fulfilment`,
      current: query.queue === 'fulfilment',
    },
    {
      label: `Reembolsos pendientes (${queues.refundDue})`,
      href: `${BASE}?queue=refund-due`,
      current: query.queue === 'refund-due',
    },
    { label: `En revisión (${queues.fraudAlert})`, href: `${BASE}?queue=fraud`, current: query.queue === 'fraud' },
  ];
  const isFiltered = Boolean(query.q || query.status || query.from || query.to || query.delivery || query.queue);

  return (
    <>
      <PageHeader
        title="Pedidos"
        description="Busca por número, id, correo de la clienta o referencia de pago. Las fechas son días de Bogotá."
      />
      <nav aria-label="Colas de trabajo" className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={tab.current ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm font-semibold ${tab.current ? 'bg-brand-700 text-white' : 'bg-white text-stone-800 ring-1 ring-sand-200 hover:bg-brand-50'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <FilterBar base={BASE} keep={{ queue: state.queue, sort: state.sort, dir: state.dir }}>
        <FilterInput label="Buscar" name="q" defaultValue={query.q} placeholder="#1042, correo o referencia" />
        <FilterSelect
          label="Estado"
          name="status"
          defaultValue={query.status}
          options={[
            { value: '', label: 'Todos' },
            ...orderStatus.enumValues.map((s) => ({ value: s, label: ORDER_STATUS_LABEL[s] })),
          ]}
        />
        <FilterSelect
          label="Entrega"
          name="delivery"
          defaultValue={query.delivery}
          options={[
            { value: '', label: 'Todas' },
            { value: 'DELIVERY', label: 'Domicilio' },
            { value: 'PICKUP', label: 'Recoger en el spa' },
          ]}
        />
        <FilterInput label="Desde" name="from" type="date" defaultValue={query.from} className="w-44" />
        <FilterInput label="Hasta" name="to" type="date" defaultValue={query.to} className="w-44" />
      </FilterBar>
      <FormAlert message={filterError} />
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="pedidos" />
      {result.items.length === 0 ? (
        <EmptyState title={isFiltered ? 'Ningún pedido coincide' : 'Todavía no hay pedidos'}>
          {isFiltered ? 'Revisa la búsqueda o quita filtros.' : 'Los pedidos aparecerán aquí en cuanto alguien compre.'}
        </EmptyState>
      ) : (
        <DataTable
          caption="Pedidos"
          head={
            <>
              <SortHeader label="Pedido" column="number" {...sortProps} />
              <SortHeader label="Fecha" column="created" {...sortProps} />
              <Th>Clienta</Th>
              <Th>Estado</Th>
              <Th>Entrega</Th>
              <SortHeader label="Total" column="total" align="right" {...sortProps} />
            </>
          }
        >
          {result.items.map((o) => (
            <tr key={o.id} className="hover:bg-sand-50">
              <Td>
                <Link href={`/admin/pedidos/${o.id}`} className="font-semibold text-brand-800 hover:underline">
                  #{o.number}
                </Link>
                <span className="block text-xs text-stone-600">{o.itemCount} u.</span>
              </Td>
              <Td>{formatDateTime(o.createdAt)}</Td>
              <Td>
                <span className="block">{o.customerName}</span>
                <span className="block text-xs text-stone-600">{o.customerEmail}</span>
              </Td>
              <Td>
                <OrderStatusBadge status={o.status} />
                {o.refundDueCents > 0 ? (
                  <span className="mt-1 block">
                    <Badge tone="warn">Debe {formatCop(o.refundDueCents)}</Badge>
                  </span>
                ) : null}
              </Td>
              <Td>
                {o.deliveryOption === 'DELIVERY' ? 'Domicilio' : 'Recoge en el spa'}
                {o.trackingNumber ? (
                  <span className="block font-mono text-xs text-stone-600">{o.trackingNumber}</span>
                ) : null}
              </Td>
              <Td align="right">{formatCop(o.totalCents)}</Td>
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
