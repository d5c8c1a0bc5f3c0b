import type { Metadata } from 'next';
import { Download } from 'lucide-react';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { formatInteger } from '@/components/admin/format';
import { buttonStyles, PageHeader } from '@/components/admin/page-header';
import { SalesChart } from '@/components/admin/sales-chart';
import { getDb } from '@/db/client';
import type { OrderStatus } from '@/db/schema/orders';
import { metricsQuerySchema } from '@/lib/admin/metrics/sales-metrics';
import { getSalesReport } from '@/lib/admin/reports/sales-report';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { formatCop } from '@/lib/money';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

export const metadata: Metadata = { title: 'Reporte de ventas' };

const DELIVERY_LABEL: Record<string, string> = { PICKUP: 'Recoger en el spa', DELIVERY: 'Envío a domicilio' };

export default async function SalesReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('metrics');
  const raw = searchParamsToObject(await searchParams);
  const parsed = metricsQuerySchema.safeParse({ from: raw.from, to: raw.to });
  const range = parsed.success ? parsed.data : metricsQuerySchema.parse({});
  const report = await getSalesReport(getDb(), range);
  const csvHref = `/api/v1/admin/reports/sales?from=${range.from}&to=${range.to}&format=csv`;
  const cards = [
    { label: 'Pedidos', value: formatInteger(report.orders) },
    { label: 'Ventas (pagadas)', value: formatInteger(report.sales) },
    { label: 'Ingresos', value: formatCop(report.revenueCents) },
    { label: 'Descuentos', value: formatCop(report.discountsCents) },
    { label: 'Saldo a favor usado', value: formatCop(report.creditSpentCents) },
    { label: 'Reembolsos', value: formatCop(report.refundsCents) },
  ];
  return (
    <>
      <PageHeader
        title="Reporte de ventas"
        description={`Del ${range.from} al ${range.to} (hora de Bogotá). Ventas: pedidos pagados que no se cancelaron ni reembolsaron.`}
        actions={
          <a href={csvHref} className={buttonStyles.secondary} download>
            <Download aria-hidden className="size-4" /> Descargar CSV por producto
          </a>
        }
      />
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4">
        <label className="text-sm text-stone-800">
          Desde
          <input
            type="date"
            name="from"
            defaultValue={range.from}
            className="mt-1 block rounded-lg border border-stone-300 px-3 py-2"
          />
        </label>
        <label className="text-sm text-stone-800">
          Hasta
          <input
            type="date"
            name="to"
            defaultValue={range.to}
            className="mt-1 block rounded-lg border border-stone-300 px-3 py-2"
          />
        </label>
        <button type="submit" className={buttonStyles.primary}>
          Ver reporte
        </button>
        {!parsed.success ? (
          <p role="alert" className="text-sm text-red-700">
            {parsed.error.issues[0]?.message ?? 'Rango inválido.'} Mostramos los últimos 30 días.
          </p>
        ) : null}
      </form>
      <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {cards.map((c) => (
          <div key={c.label} className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-stone-600">{c.label}</dt>
            <dd className="mt-1 text-xl font-semibold text-stone-900">{c.value}</dd>
          </div>
        ))}
      </dl>
      <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <h2 className="mb-2 text-lg font-semibold text-stone-900">Por día</h2>
        <SalesChart data={report.byDay} label={`Ingresos y pedidos por día, del ${range.from} al ${range.to}`} />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <DataTable
          caption="Pedidos por estado"
          head={
            <>
              <Th>Estado</Th>
              <Th align="right">Pedidos</Th>
            </>
          }
        >
          {report.byStatus.map((s) => (
            <tr key={s.status}>
              <Td>{ORDER_STATUS_LABEL[s.status as OrderStatus] ?? s.status}</Td>
              <Td align="right">{formatInteger(s.orders)}</Td>
            </tr>
          ))}
        </DataTable>
        <DataTable
          caption="Por forma de entrega"
          head={
            <>
              <Th>Entrega</Th>
              <Th align="right">Pedidos</Th>
              <Th align="right">Ventas</Th>
              <Th align="right">Ingresos</Th>
            </>
          }
        >
          {report.byDelivery.map((d) => (
            <tr key={d.deliveryOption}>
              <Td>{DELIVERY_LABEL[d.deliveryOption] ?? d.deliveryOption}</Td>
              <Td align="right">{formatInteger(d.orders)}</Td>
              <Td align="right">{formatInteger(d.sales)}</Td>
              <Td align="right">{formatCop(d.revenueCents)}</Td>
            </tr>
          ))}
        </DataTable>
      </div>
      <DataTable
        caption="Ventas por producto"
        head={
          <>
            <Th>Producto</Th>
            <Th align="right">Unidades</Th>
            <Th align="right">Devueltas</Th>
            <Th align="right">Ingresos</Th>
          </>
        }
      >
        {report.products.length === 0 ? (
          <tr>
            <Td>No hubo ventas en este rango.</Td>
          </tr>
        ) : (
          report.products.map((p) => (
            <tr key={p.productId}>
              <Td>{p.productName}</Td>
              <Td align="right">{formatInteger(p.units)}</Td>
              <Td align="right">{formatInteger(p.unitsReturned)}</Td>
              <Td align="right">{formatCop(p.revenueCents)}</Td>
            </tr>
          ))
        )}
      </DataTable>
    </>
  );
}
