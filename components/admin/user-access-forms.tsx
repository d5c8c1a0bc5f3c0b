'use client';

import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { InputField, SelectField } from '@/components/ui/form-fields';
import { buttonStyles } from './page-header';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const ROLE_OPTIONS = [
  { value: 'CUSTOMER', label: 'Clienta' },
  { value: 'STAFF', label: 'Equipo (pedidos e inventario)' },
  { value: 'ADMIN', label: 'Administración (todo)' },
];

/** Grant or extend VIP until a Bogotá date, or end it. */
export function VipForm({
  action,
  userId,
  vipUntil,
  isVip,
  today,
}: {
  action: Action;
  userId: string;
  vipUntil: string | null;
  isVip: boolean;
  today: string;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormAlert message={state.ok || state.fields ? undefined : state.message} />
      <div className="flex flex-wrap items-end gap-2">
        <InputField
          label="VIP hasta (incluido)"
          name="vipUntil"
          type="date"
          min={today}
          defaultValue={vipUntil ?? ''}
          error={state.fields?.vipUntil}
          hint="Último día con precios VIP, en hora de Bogotá."
        />
        <PendingButton pending={pending} pendingLabel="Guardando…" name="intent" value="vip">
          {isVip ? 'Extender VIP' : 'Dar VIP'}
        </PendingButton>
        {isVip ? (
          <button type="submit" name="intent" value="remove-vip" disabled={pending} className={buttonStyles.danger}>
            Quitar VIP
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Role change, confirmed first: it opens or closes the admin to this person. */
export function RoleForm({
  action,
  userId,
  role,
  isSelf,
}: {
  action: Action;
  userId: string;
  role: string;
  isSelf: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  if (isSelf)
    return (
      <p className="text-sm text-stone-700">
        No puedes cambiar tu propio rol; pídeselo a otra persona de administración.
      </p>
    );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value="role" />
      <FormAlert message={state.ok || state.fields ? undefined : state.message} />
      <div className="flex flex-wrap items-end gap-2">
        <SelectField label="Rol" name="role" defaultValue={role} error={state.fields?.role} options={ROLE_OPTIONS} />
        <ConfirmDialog
          trigger={pending ? 'Guardando…' : 'Cambiar rol'}
          title="¿Cambiar el rol de esta cuenta?"
          confirmLabel="Sí, cambiar rol"
          pending={pending}
          tone="primary"
        >
          El equipo ve pedidos e inventario; administración ve todo, incluidos precios, cupones y usuarios. El cambio
          aplica de inmediato y queda en la auditoría.
        </ConfirmDialog>
      </div>
    </form>
  );
}
