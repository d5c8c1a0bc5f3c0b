'use client';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';
import { VariantFields, type VariantDefaults } from './variant-fields';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** `productId` for a new variant, `variantId` to edit one. */
  hidden: { productId: string } | { variantId: string };
  defaults?: VariantDefaults;
  vipPercent: number;
  submitLabel: string;
};

/** Add a variant to a product, or edit one; a new variant's stock starts through the ledger. */
export function VariantForm({ action, hidden, defaults, vipPercent, submitLabel }: Props) {
  const isNew = 'productId' in hidden;
  const { state, pending, formRef, onSubmit } = useAdminAction(action, { resetOnSuccess: isNew });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert message={state.ok ? undefined : state.message} />
      <VariantFields defaults={defaults} errors={state.fields} withInitialStock={isNew} vipPercent={vipPercent} />
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Guardando…">
          {submitLabel}
        </PendingButton>
      </div>
    </form>
  );
}
