'use client';

import type { ReactNode } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import type { StaffTarget } from '@/lib/admin/orders/staff-transitions';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { InputField } from '@/components/ui/form-fields';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

function TransitionForm({
  action,
  orderId,
  to,
  children,
}: {
  action: Action;
  orderId: string;
  to: StaffTarget;
  children: (args: { pending: boolean; errors: Record<string, string> }) => ReactNode;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-2 rounded-lg border border-sand-200 p-3">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="to" value={to} />
      {!state.ok && state.message && Object.keys(errors).length === 0 ? <FormAlert message={state.message} /> : null}
      {children({ pending, errors })}
    </form>
  );
}

type Props = { action: Action; orderId: string; allowed: StaffTarget[]; cancelNote: string };

/**
 * Only the next steps the state machine allows for this order are offered; the server checks again
 * and answers MKT-STATE if the order moved meanwhile (shown as the form's message).
 */
export function OrderTransitions({ action, orderId, allowed, cancelNote }: Props) {
  if (allowed.length === 0)
    return <p className="text-sm text-stone-700">Este pedido no tiene pasos pendientes para el equipo.</p>;
  return (
    <div className="space-y-3">
      {allowed.includes('PREPARING') ? (
        <TransitionForm action={action} orderId={orderId} to="PREPARING">
          {({ pending }) => (
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-stone-700">Empieza a alistar el pedido.</p>
              <PendingButton pending={pending} pendingLabel="Guardando…">
                Empezar a preparar
              </PendingButton>
            </div>
          )}
        </TransitionForm>
      ) : null}
      {allowed.includes('SHIPPED') ? (
        <TransitionForm action={action} orderId={orderId} to="SHIPPED">
          {({ pending, errors }) => (
            <div className="flex flex-wrap items-end gap-2">
              <InputField
                id={`tracking-${orderId}`}
                label="Número de guía"
                name="trackingNumber"
                required
                error={errors.trackingNumber}
                className="min-w-56 flex-1"
                hint="La clienta lo verá en su pedido y en el aviso de envío."
              />
              <PendingButton pending={pending} pendingLabel="Guardando…">
                Marcar como enviado
              </PendingButton>
            </div>
          )}
        </TransitionForm>
      ) : null}
      {allowed.includes('DELIVERED') ? (
        <TransitionForm action={action} orderId={orderId} to="DELIVERED">
          {({ pending }) => (
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-stone-700">
                Confirma que la clienta recibió el pedido. Desde hoy corre el plazo de devolución.
              </p>
              <PendingButton pending={pending} pendingLabel="Guardando…">
                Marcar como entregado
              </PendingButton>
            </div>
          )}
        </TransitionForm>
      ) : null}
      {allowed.includes('CANCELLED') ? (
        <TransitionForm action={action} orderId={orderId} to="CANCELLED">
          {({ pending, errors }) => (
            <div className="flex flex-wrap items-end gap-2">
              <InputField
                id={`reason-${orderId}`}
                label="Motivo de la cancelación"
                name="reason"
                error={errors.reason}
                className="min-w-56 flex-1"
                placeholder="La clienta pidió cancelar"
              />
              <ConfirmDialog
                trigger={pending ? 'Cancelando…' : 'Cancelar pedido'}
                title="¿Cancelar este pedido?"
                confirmLabel="Sí, cancelar pedido"
                pending={pending}
              >
                {cancelNote}
              </ConfirmDialog>
            </div>
          )}
        </TransitionForm>
      ) : null}
    </div>
  );
}
