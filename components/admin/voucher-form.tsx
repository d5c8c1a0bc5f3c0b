'use client';

import { useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { centsToPesosInput } from '@/lib/admin/shared/pesos';
import type { ActionState } from '@/lib/http/action-state-shape';
import { CheckboxField, InputField, SelectField, TextAreaField } from '@/components/ui/form-fields';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

export type VoucherDefaults = {
  id?: string;
  code?: string;
  description?: string;
  kind?: 'PERCENT' | 'FIXED';
  value?: number;
  minOrderCents?: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
  maxUses?: number | null;
  maxUsesPerUser?: number | null;
  isActive?: boolean;
};

/** A Bogotá wall-clock value for a datetime-local input (Colombia is UTC−5 all year). */
function toBogotaLocal(date: Date | null | undefined): string {
  if (!date) return '';
  return new Date(date.getTime() - 5 * 60 * 60 * 1000).toISOString().slice(0, 16);
}

export function VoucherForm({
  action,
  defaults = {},
  submitLabel,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  defaults?: VoucherDefaults;
  submitLabel: string;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const [kind, setKind] = useState(defaults.kind ?? 'PERCENT');
  const errors = state.fields ?? {};
  const value =
    defaults.value === undefined ? '' : kind === 'FIXED' ? centsToPesosInput(defaults.value) : String(defaults.value);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {defaults.id ? <input type="hidden" name="voucherId" value={defaults.id} /> : null}
      <FormAlert message={state.ok ? undefined : state.message} />
      <div className="grid gap-4 md:grid-cols-3">
        <InputField
          label="Código"
          name="code"
          required
          defaultValue={defaults.code}
          error={errors.code}
          autoCapitalize="characters"
          hint="Se guarda en mayúsculas; la clienta puede escribirlo como quiera."
        />
        <SelectField
          label="Tipo de descuento"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'PERCENT' | 'FIXED')}
          error={errors.kind}
          options={[
            { value: 'PERCENT', label: 'Porcentaje' },
            { value: 'FIXED', label: 'Valor fijo (COP)' },
          ]}
        />
        <InputField
          key={kind}
          label={kind === 'PERCENT' ? 'Descuento (%)' : 'Descuento (COP)'}
          name="value"
          required
          inputMode="numeric"
          defaultValue={kind === (defaults.kind ?? 'PERCENT') ? value : ''}
          error={errors.value}
          placeholder={kind === 'PERCENT' ? '10' : '20.000'}
        />
      </div>
      <TextAreaField
        label="Descripción interna"
        name="description"
        rows={2}
        defaultValue={defaults.description}
        error={errors.description}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <InputField
          label="Compra mínima (COP)"
          name="minOrder"
          inputMode="numeric"
          defaultValue={defaults.minOrderCents ? centsToPesosInput(defaults.minOrderCents) : ''}
          error={errors.minOrder}
          hint="Vacío: sin mínimo."
        />
        <InputField
          label="Usos máximos"
          name="maxUses"
          type="number"
          min={1}
          defaultValue={defaults.maxUses ?? ''}
          error={errors.maxUses}
          hint="Vacío: sin límite."
        />
        <InputField
          label="Usos por clienta"
          name="maxUsesPerUser"
          type="number"
          min={1}
          defaultValue={defaults.maxUsesPerUser ?? ''}
          error={errors.maxUsesPerUser}
          hint="Vacío: sin límite."
        />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <InputField
          label="Válido desde"
          name="startsAt"
          type="datetime-local"
          defaultValue={toBogotaLocal(defaults.startsAt)}
          error={errors.startsAt}
          hint="Hora de Bogotá. Vacío: desde ya."
        />
        <InputField
          label="Válido hasta"
          name="endsAt"
          type="datetime-local"
          defaultValue={toBogotaLocal(defaults.endsAt)}
          error={errors.endsAt}
          hint="Vacío: sin fecha de fin."
        />
        <CheckboxField
          label="Activo"
          name="isActive"
          defaultChecked={defaults.isActive ?? true}
          className="self-center"
        />
      </div>
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Guardando…">
          {submitLabel}
        </PendingButton>
      </div>
    </form>
  );
}
