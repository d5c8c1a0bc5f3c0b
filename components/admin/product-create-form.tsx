'use client';

import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { buttonStyles } from './page-header';
import { PendingButton } from './pending-button';
import { ProductFields } from './product-fields';
import { useAdminAction } from './use-admin-action';
import { VariantFields } from './variant-fields';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  categories: Array<{ slug: string; name: string }>;
  productChoices: Array<{ id: string; name: string }>;
  vipPercent: number;
};

/** A new product with one or more variants, each with its initial stock; images come next, on the edit page. */
export function ProductCreateForm({ action, categories, productChoices, vipPercent }: Props) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const [rows, setRows] = useState([0]);
  const [nextKey, setNextKey] = useState(1);
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={state.ok ? undefined : state.message} />
      <section
        aria-labelledby="product-section"
        className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
      >
        <h2 id="product-section" className="text-lg font-semibold text-stone-900">
          Producto
        </h2>
        <ProductFields errors={errors} categories={categories} productChoices={productChoices} />
      </section>
      {rows.map((key, i) => (
        <section
          key={key}
          aria-labelledby={`variant-${key}`}
          className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm"
        >
          <div className="flex items-center justify-between">
            <h2 id={`variant-${key}`} className="text-lg font-semibold text-stone-900">
              Variante {i + 1}
            </h2>
            {rows.length > 1 ? (
              <button
                type="button"
                className={buttonStyles.subtle}
                onClick={() => setRows(rows.filter((r) => r !== key))}
              >
                <Trash2 aria-hidden className="size-4" /> Quitar variante {i + 1}
              </button>
            ) : null}
          </div>
          <VariantFields prefix={`variants.${i}.`} errors={errors} withInitialStock vipPercent={vipPercent} />
        </section>
      ))}
      {errors.variants ? <FormAlert message={errors.variants} /> : null}
      <div className="flex flex-wrap justify-between gap-3">
        <button
          type="button"
          className={buttonStyles.secondary}
          onClick={() => {
            setRows([...rows, nextKey]);
            setNextKey(nextKey + 1);
          }}
        >
          <Plus aria-hidden className="size-4" /> Agregar otra variante
        </button>
        <PendingButton pending={pending} pendingLabel="Creando…">
          Crear producto
        </PendingButton>
      </div>
    </form>
  );
}
