'use client';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { InputField } from '@/components/ui/form-fields';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

/** Grant or take a shopper's store credit, with a reason (audited). */
export function CreditAdjustmentForm({
  action,
  userId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  userId: string;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action, { resetOnSuccess: true });
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormAlert message={state.ok ? undefined : state.message} />
      <InputField
        label="Monto en pesos"
        name="amount"
        inputMode="numeric"
        required
        error={errors.amount}
        hint="Positivo suma saldo; negativo lo resta (por ejemplo -20.000)."
      />
      <InputField label="Motivo" name="reason" required error={errors.reason} />
      <PendingButton pending={pending} pendingLabel="Ajustando…">
        Ajustar saldo
      </PendingButton>
    </form>
  );
}
