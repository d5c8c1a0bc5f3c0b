import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { formatDateTime, formatDayMonth } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { PriceHistoryChart } from '@/components/admin/price-history-chart';
import { StatCard } from '@/components/admin/stat-card';
import { VariantForm } from '@/components/admin/variant-form';
import { getDb } from '@/db/client';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { getAdminVariant } from '@/lib/admin/variants/get-admin-variant';
import { todayInBogota } from '@/lib/auth/vip';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { updateVariantAction } from '@/lib/actions/admin/update-variant-action';

export const metadata: Metadata = { title: 'Variante' };

const price = (cents: number | null) => (cents === null ? '—' : formatCop(cents));

export default async function VariantPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPage('catalog');
  const { id } = await params;
  const db = getDb();
  const [variant, settings] = await Promise.all([
    getAdminVariant(db, id).catch((error: unknown) => {
      if (isAppError(error) && error.status === 404) notFound();
      throw error;
    }),
    getStoreSettings(db),
  ]);
  // Oldest first for the chart, ending with today so the current price has a visible step.
  const chronological = [...variant.priceHistory].reverse();
  const points = [
    ...chronological.map((h) => ({
      at: h.changedAt.toISOString(),
      label: formatDateTime(h.changedAt),
      priceCents: h.newPriceCents,
      vipPriceCents: h.newVipPriceCents,
    })),
    {
      at: new Date().toISOString(),
      label: `Hoy (${formatDayMonth(todayInBogota())})`,
      priceCents: variant.priceCents,
      vipPriceCents: variant.vipPriceCents,
    },
  ];

  return (
    <>
      <PageHeader
        title={`${variant.productName} · ${variant.name}`}
        description={<span className="font-mono text-sm">{variant.sku}</span>}
        back={{ href: `/admin/productos/${variant.productId}`, label: variant.productName }}
        actions={
          <Link
            href={`/admin/inventario/${variant.id}`}
            className="rounded-lg border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            Stock y movimientos
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard label="Precio" value={formatCop(variant.priceCents)} />
        <StatCard label="Precio VIP" value={price(variant.vipPriceCents)} />
        <StatCard
          label="Precio más bajo · 30 días"
          value={price(variant.lowestPrice30dCents)}
          hint="El que se debe citar en una promoción"
        />
        <StatCard
          label="Disponible"
          value={variant.available}
          hint={`${variant.stock} en stock, ${variant.reservedStock} reservadas`}
        />
      </div>

      <section
        aria-labelledby="price-history"
        className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
      >
        <h2 id="price-history" className="text-lg font-semibold text-stone-900">
          Historial de precios
        </h2>
        {variant.priceHistory.length === 0 ? (
          <p className="text-sm text-stone-700">
            Sin cambios registrados desde que existe el historial: el precio actual es el único conocido.
          </p>
        ) : (
          <>
            <PriceHistoryChart points={points} />
            <DataTable
              caption="Cambios de precio, el más reciente primero"
              head={
                <>
                  <Th>Fecha</Th>
                  <Th align="right">Precio</Th>
                  <Th align="right">Precio VIP</Th>
                  <Th>Quién</Th>
                </>
              }
            >
              {variant.priceHistory.map((h) => (
                <tr key={h.id}>
                  <Td>{formatDateTime(h.changedAt)}</Td>
                  <Td align="right">
                    {h.oldPriceCents === null ? (
                      <span className="text-stone-500">Inicial · </span>
                    ) : h.oldPriceCents !== h.newPriceCents ? (
                      <span className="text-stone-500 line-through">{formatCop(h.oldPriceCents)}</span>
                    ) : null}{' '}
                    {formatCop(h.newPriceCents)}
                  </Td>
                  <Td align="right">
                    {h.oldPriceCents !== null && h.oldVipPriceCents !== h.newVipPriceCents ? (
                      <span className="text-stone-500 line-through">{price(h.oldVipPriceCents)}</span>
                    ) : null}{' '}
                    {price(h.newVipPriceCents)}
                  </Td>
                  <Td>{h.changedByName ?? 'Sistema'}</Td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>

      <section
        aria-labelledby="edit-variant"
        className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
      >
        <h2 id="edit-variant" className="text-lg font-semibold text-stone-900">
          Editar variante
        </h2>
        <p className="text-sm text-stone-600">
          El stock no se edita aquí: usa reposición o ajuste en el inventario, que deja el movimiento registrado.
        </p>
        <VariantForm
          action={updateVariantAction}
          hidden={{ variantId: variant.id }}
          defaults={variant}
          vipPercent={settings.vipDefaultDiscountPercent}
          submitLabel="Guardar variante"
        />
      </section>
    </>
  );
}
