'use client';

import clsx from 'clsx';
import { availabilityLabel } from '@/lib/catalog/availability';
import { formatCop } from '@/lib/money';
import { useSelectedVariant } from './variant-selection';

/** Presentation choice as a radio group: native keyboard support (arrow keys) and one tab stop. */
export function VariantPicker() {
  const { variants, variantId, selectVariant } = useSelectedVariant();
  if (variants.length < 2) return null;
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-stone-900">Presentación</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {variants.map((v) => {
          const isSelected = v.id === variantId;
          return (
            <label
              key={v.id}
              className={clsx(
                'flex cursor-pointer items-center justify-between gap-3 rounded-xl border px-3 py-2.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700',
                isSelected ? 'border-brand-700 bg-brand-50' : 'border-stone-300 bg-white hover:border-brand-500',
              )}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="variante"
                  value={v.id}
                  checked={isSelected}
                  onChange={() => selectVariant(v.id)}
                  className="size-4 accent-brand-700"
                />
                <span className="font-medium text-stone-900">{v.name}</span>
              </span>
              <span className="text-right">
                <span className="block font-semibold text-stone-900">{formatCop(v.priceCents)}</span>
                {v.availability === 'OUT_OF_STOCK' ? (
                  <span className="block text-xs text-stone-600">{availabilityLabel(v.availability, v.available)}</span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
