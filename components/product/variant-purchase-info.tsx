'use client';

import { AvailabilityBadge } from './availability-badge';
import { PriceTag } from './price-tag';
import { useSelectedVariant } from './variant-selection';

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** Price, availability and limits of the selected variant; announced politely when it changes. */
export function VariantPurchaseInfo({ isVip }: { isVip?: boolean }) {
  const { variant } = useSelectedVariant();
  return (
    <div aria-live="polite" aria-atomic="true" className="space-y-3" data-testid="variant-purchase-info">
      <PriceTag prices={variant} isVip={isVip} size="lg" />
      <div className="flex flex-wrap items-center gap-2">
        <AvailabilityBadge status={variant.availability} available={variant.available} />
        <span className="text-sm text-stone-600">Referencia {variant.sku}</span>
      </div>
      {variant.minOrderQuantity > 1 || variant.maxOrderQuantity < 100 ? (
        <p className="text-sm text-stone-700">
          {variant.minOrderQuantity > 1 ? `Pedido mínimo: ${variant.minOrderQuantity} unidades. ` : ''}
          {variant.maxOrderQuantity < 100 ? `Máximo ${variant.maxOrderQuantity} por pedido.` : ''}
        </p>
      ) : null}
      {variant.bulkDiscounts.length > 0 ? (
        <div className="rounded-xl bg-sand-100 p-3 text-sm text-stone-800">
          <p className="font-semibold">Descuento por cantidad</p>
          <ul className="mt-1 space-y-0.5">
            {variant.bulkDiscounts.map((d) => (
              <li key={d.minQuantity}>
                Desde {d.minQuantity} unidades: {d.percent} % de descuento
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Weight and box size of the selected variant (#27). */
export function VariantSpecs() {
  const { variant } = useSelectedVariant();
  if (variant.weightGrams === null && variant.dimensionsCm === null) return null;
  const d = variant.dimensionsCm;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {variant.weightGrams !== null ? (
        <>
          <dt className="text-stone-600">Peso con empaque</dt>
          <dd className="text-stone-900">
            {variant.weightGrams >= 1000
              ? `${number.format(variant.weightGrams / 1000)} kg`
              : `${variant.weightGrams} g`}
          </dd>
        </>
      ) : null}
      {d ? (
        <>
          <dt className="text-stone-600">Medidas (largo × ancho × alto)</dt>
          <dd className="text-stone-900">
            {number.format(d.length)} × {number.format(d.width)} × {number.format(d.height)} cm
          </dd>
        </>
      ) : null}
    </dl>
  );
}
