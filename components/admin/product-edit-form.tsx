'use client';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { PendingButton } from './pending-button';
import { ProductFields, type ProductDefaults } from './product-fields';
import { useAdminAction } from './use-admin-action';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  productId: string;
  defaults: ProductDefaults;
  categories: Array<{ slug: string; name: string }>;
  productChoices: Array<{ id: string; name: string }>;
};

export function ProductEditForm({ action, productId, defaults, categories, productChoices }: Props) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="productId" value={productId} />
      <FormAlert message={state.ok ? undefined : state.message} />
      <ProductFields
        defaults={defaults}
        errors={state.fields}
        categories={categories}
        productChoices={productChoices.filter((p) => p.id !== productId)}
      />
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Guardando…">
          Guardar producto
        </PendingButton>
      </div>
    </form>
  );
}
