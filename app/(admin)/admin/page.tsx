import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput } from '@/components/admin/filter-bar';
import { formatCalendarDate, formatDayMonth, formatInteger, formatPercent } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { SalesChart } from '@/components/admin/sales-chart';
import { StatCard } from '@/components/admin/stat-card';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { getDashboard, listLowStockVariants } from '@/lib/admin/metrics/dashboard';
import { parseMetricsRange, type SalesMetrics } from '@/lib/admin/metrics/sales-metrics';
import { countOrderQueues } from '@/lib/admin/orders/list-admin-orders';
import { canUseArea, requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Panel' };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function SalesCards({ title, m }: { title: string; m: SalesMetrics }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-lg font-semibold text-stone-900">{title}</h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <StatCard label="Pedidos" value={formatInteger(m.orders)} />
        <StatCard label="Pagados" value={formatInteger(m.paidOrders)} />
        <StatCard label="Ingresos" value={formatCop(m.revenueCents)} />
        <StatCard label="Ticket promedio" value={formatCop(m.averageOrderCents)} />
        <StatCard label="Conversión" value={formatPercent(m.conversionRate)} hint="Pagados ÷ creados" />
      </div>
    </section>
  );
}

function LowStock({ items }: { items: Awaited<ReturnType<typeof listLowStockVariants>> }) {
  return (
    <section aria-labelledby="low-stock" className="space-y-2">
      <h2 id="low-stock" className="text-lg font-semibold text-stone-900">
        Stock bajo
      </h2>
      {items.length === 0 ? (
        <EmptyState title="Todo con buen stock">Ninguna variante activa está en su umbral de stock bajo.</EmptyState>
      ) : (
        <ul className="divide-y divide-sand-100 rounded-xl border border-sand-200 bg-white shadow-sm">
          {items.map((v) => (
            <li key={v.variantId} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
              <Link
                href={`/admin/inventario/${v.variantId}`}
                className="min-w-0 truncate font-semibold text-brand-800 hover:underline"
              >
                {v.productName} · {v.variantName}
              </Link>
              <span
                className={`shrink-0 tabular-nums ${v.available <= 0 ? 'font-semibold text-red-800' : 'text-amber-900'}`}
              >
                {v.available <= 0 ? 'Agotado' : `${v.available} disp.`}{' '}
                <span className="text-stone-500">/ umbral {v.lowStockThreshold}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function DashboardPage({ searchParams }: PageProps) {
  const user = await requireAreaPage('dashboard');
  const db = getDb();
  const queueCards = (q: Awaited<ReturnType<typeof countOrderQueues>>) => (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      <StatCard
        label="Por preparar o enviar"
        value={formatInteger(q.pendingFulfilment)}
        href="/admin/pedidos?queue=fulfilment"
        hint="Pagados y en preparación"
      />
      <StatCard
        label="Reembolsos pendientes"
        value={formatInteger(q.refundDue)}
        href="/admin/pedidos?queue=refund-due"
        hint="Dinero por devolver"
      />
      <StatCard
        label="En revisión (fraude)"
        value={formatInteger(q.fraudAlert)}
        href="/admin/pedidos?queue=fraud"
        hint="Pagos con alerta de fraude"
      />
    </div>
  );

  if (!canUseArea(user.role, 'metrics')) {
    const [queues, lowStock] = await Promise.all([countOrderQueues(db), listLowStockVariants(db)]);
    return (
      <>
        <PageHeader
          title={`Hola, ${user.name.split(' ')[0]}`}
          description="Lo que espera hoy: pedidos por despachar, dinero por devolver y productos por reponer."
        />
        {queueCards(queues)}
        <LowStock items={lowStock} />
      </>
    );
  }

  const raw = searchParamsToObject(await searchParams);
  let rangeError: string | undefined;
  let range;
  try {
    range = parseMetricsRange(raw);
  } catch (error) {
    if (!isAppError(error)) throw error;
    rangeError = Object.values((error.details?.fields as Record<string, string>) ?? {})[0] ?? error.message;
    range = parseMetricsRange({});
  }
  const dashboard = await getDashboard(db, range);
  const isDefaultRange = !raw.from && !raw.to;

  return (
    <>
      <PageHeader
        title="Panel"
        description="Ventas de hoy y del rango elegido, en días de Bogotá. Solo cuentan como ventas los pedidos pagados que no se cancelaron ni reembolsaron."
      />
      {queueCards(dashboard.queues)}
      <SalesCards title="Hoy" m={dashboard.today} />
      <FilterBar base="/admin" label="Rango de fechas">
        <FilterInput label="Desde" name="from" type="date" defaultValue={range.from} className="w-44" />
        <FilterInput label="Hasta" name="to" type="date" defaultValue={range.to} className="w-44" />
      </FilterBar>
      <FormAlert message={rangeError} />
      <SalesCards
        title={
          isDefaultRange
            ? 'Últimos 30 días'
            : `Del ${formatCalendarDate(range.from)} al ${formatCalendarDate(range.to)}`
        }
        m={dashboard.range}
      />

      <section aria-labelledby="chart-title" className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <h2 id="chart-title" className="mb-2 text-lg font-semibold text-stone-900">
          Ingresos y pedidos por día · últimos 30 días
        </h2>
        <SalesChart data={dashboard.last30Days.byDay} />
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">Ver los datos en una tabla</summary>
          <div className="mt-2">
            <DataTable
              caption="Ingresos y pedidos por día"
              head={
                <>
                  <Th>Día</Th>
                  <Th align="right">Pedidos</Th>
                  <Th align="right">Pagados</Th>
                  <Th align="right">Ingresos</Th>
                </>
              }
            >
              {dashboard.last30Days.byDay.map((d) => (
                <tr key={d.date}>
                  <Td>{formatDayMonth(d.date)}</Td>
                  <Td align="right">{d.orders}</Td>
                  <Td align="right">{d.paidOrders}</Td>
                  <Td align="right">{formatCop(d.revenueCents)}</Td>
                </tr>
              ))}
            </DataTable>
          </div>
        </details>
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="best-sellers" className="space-y-2">
          <h2 id="best-sellers" className="text-lg font-semibold text-stone-900">
            Más vendidos del rango
          </h2>
          {dashboard.bestSellers.length === 0 ? (
            <EmptyState title="Sin ventas en este rango">
              Cuando haya pedidos pagados aparecerán aquí los productos que más salen.
            </EmptyState>
          ) : (
            <DataTable
              caption="Productos más vendidos"
              head={
                <>
                  <Th>Producto</Th>
                  <Th align="right">Unidades</Th>
                  <Th align="right">Vendido</Th>
                </>
              }
            >
              {dashboard.bestSellers.map((b) => (
                <tr key={b.productId}>
                  <Td>
                    <Link
                      href={`/admin/productos/${b.productId}`}
                      className="font-semibold text-brand-800 hover:underline"
                    >
                      {b.productName}
                    </Link>
                  </Td>
                  <Td align="right">{b.units}</Td>
                  <Td align="right">{formatCop(b.revenueCents)}</Td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
        <LowStock items={dashboard.lowStock} />
      </div>
    </>
  );
}
