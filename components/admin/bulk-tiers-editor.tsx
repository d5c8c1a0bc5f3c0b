'use client';

import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { InputField } from '@/components/ui/form-fields';
import { buttonStyles } from './page-header';

type Tier = { minQuantity: number; percent: number };

/** Rows of "from N units, P % off" for one variant; names are `${prefix}bulkDiscounts.i.*`. */
export function BulkTiersEditor({
  prefix,
  initial = [],
  errors = {},
}: {
  prefix: string;
  initial?: Tier[];
  errors?: Record<string, string>;
}) {
  const [rows, setRows] = useState(() => initial.map((t, i) => ({ key: i, ...t })));
  const [nextKey, setNextKey] = useState(initial.length);
  return (
    <fieldset className="rounded-lg border border-sand-200 p-3">
      <legend className="px-1 text-sm font-semibold text-stone-800">Descuentos por cantidad</legend>
      {rows.length === 0 ? <p className="text-sm text-stone-600">Sin descuentos por volumen.</p> : null}
      <ul className="space-y-2">
        {rows.map((row, i) => (
          <li key={row.key} className="flex flex-wrap items-end gap-2">
            <InputField
              label="Desde (unidades)"
              name={`${prefix}bulkDiscounts.${i}.minQuantity`}
              type="number"
              min={2}
              inputMode="numeric"
              defaultValue={row.minQuantity || ''}
              error={errors[`${prefix}bulkDiscounts.${i}.minQuantity`]}
              className="w-36"
            />
            <InputField
              label="Descuento (%)"
              name={`${prefix}bulkDiscounts.${i}.percent`}
              type="number"
              min={1}
              max={90}
              inputMode="numeric"
              defaultValue={row.percent || ''}
              error={errors[`${prefix}bulkDiscounts.${i}.percent`]}
              className="w-32"
            />
            <button
              type="button"
              className={buttonStyles.subtle + ' mb-1'}
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              aria-label={`Quitar el descuento ${i + 1}`}
            >
              <Trash2 aria-hidden className="size-4" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={buttonStyles.subtle + ' mt-2'}
        onClick={() => {
          setRows([...rows, { key: nextKey, minQuantity: 0, percent: 0 }]);
          setNextKey(nextKey + 1);
        }}
      >
        <Plus aria-hidden className="size-4" /> Agregar nivel
      </button>
    </fieldset>
  );
}
