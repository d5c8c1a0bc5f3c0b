'use client';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { CheckboxField, InputField, TextAreaField } from '@/components/ui/form-fields';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

export type CategoryDefaults = {
  id?: string;
  name?: string;
  slug?: string;
  description?: string;
  sortOrder?: number;
  isActive?: boolean;
};

export function CategoryForm({
  action,
  defaults = {},
  submitLabel,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  defaults?: CategoryDefaults;
  submitLabel: string;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {defaults.id ? <input type="hidden" name="categoryId" value={defaults.id} /> : null}
      <FormAlert message={state.ok ? undefined : state.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <InputField label="Nombre" name="name" required defaultValue={defaults.name} error={errors.name} />
        <InputField
          label="Dirección (slug)"
          name="slug"
          defaultValue={defaults.slug}
          error={errors.slug}
          hint="Opcional: se crea a partir del nombre. Minúsculas, números y guiones."
        />
      </div>
      <TextAreaField
        label="Descripción"
        name="description"
        rows={3}
        defaultValue={defaults.description}
        error={errors.description}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Orden"
          name="sortOrder"
          inputMode="numeric"
          defaultValue={defaults.sortOrder === undefined ? '' : String(defaults.sortOrder)}
          error={errors.sortOrder}
          hint="Las categorías se muestran de menor a mayor. Vacío: al final."
        />
        <CheckboxField
          label="Visible en la tienda"
          name="isActive"
          defaultChecked={defaults.isActive ?? true}
          error={errors.isActive}
          className="self-center"
        />
      </div>
      <PendingButton pending={pending} pendingLabel="Guardando…">
        {submitLabel}
      </PendingButton>
    </form>
  );
}
