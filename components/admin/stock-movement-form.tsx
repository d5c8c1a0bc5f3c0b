'use client';

import { useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { InputField } from '@/components/ui/form-fields';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  variantId: string;
  available: number;
  reserved: number;
};

/**
 * Restock (adds units) or adjustment (adds or removes, with a reason). Both go through the inventory
 * ledger; an adjustment can remove at most the available units, never the reserved ones.
 */
export function StockMovementForm({ action, variantId, available, reserved }: Props) {
  const [type, setType] = useState<'RESTOCK' | 'ADJUSTMENT'>('RESTOCK');
  const { state, pending, formRef, onSubmit } = useAdminAction(action, {
    resetOnSuccess: true,
    onSuccess: () => setType('RESTOCK'),
  });
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="variantId" value={variantId} />
      <FormAlert message={state.ok || Object.keys(errors).length > 0 ? undefined : state.message} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Tipo de movimiento</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(
            [
              ['RESTOCK', 'Reposición', 'Llegó mercancía: suma unidades.'],
              ['ADJUSTMENT', 'Ajuste', 'Corrige el conteo: suma o resta, con motivo.'],
            ] as const
          ).map(([value, label, hint]) => (
            <label
              key={value}
              className="flex max-w-xs cursor-pointer items-start gap-2 rounded-lg border border-sand-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="type"
                value={value}
                checked={type === value}
                onChange={() => setType(value)}
                className="mt-1"
              />
              <span>
                <span className="block font-semibold text-stone-900">{label}</span>
                <span className="block text-sm text-stone-600">{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <InputField
          label={type === 'RESTOCK' ? 'Unidades que llegan' : 'Unidades (+ o −)'}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={type === 'RESTOCK' ? 1 : -available}
          required
          error={errors.quantity}
          hint={
            type === 'ADJUSTMENT'
              ? `Puedes retirar hasta ${available}${reserved > 0 ? ` (${reserved} reservadas no se tocan)` : ''}.`
              : undefined
          }
        />
        <InputField
          label={type === 'RESTOCK' ? 'Nota (opcional)' : 'Motivo del ajuste'}
          name="note"
          required={type === 'ADJUSTMENT'}
          error={errors.note}
          placeholder={type === 'RESTOCK' ? 'Factura 1234 del proveedor' : 'Conteo físico, frasco roto…'}
        />
      </div>
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Registrando…">
          {type === 'RESTOCK' ? 'Registrar reposición' : 'Registrar ajuste'}
        </PendingButton>
      </div>
    </form>
  );
}
