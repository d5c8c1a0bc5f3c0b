'use client';

import type { ReactNode } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { buttonStyles } from './page-header';
import { useAdminAction } from './use-admin-action';

type ActionButtonProps = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  label: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof buttonStyles;
  /** When set, a dialog asks before the action runs. */
  confirm?: { title: string; body?: ReactNode; confirmLabel: string };
};

/** A one-button form for a single server action (activate, delete, restore…), with optional confirmation. */
export function ActionButton({
  action,
  hidden,
  label,
  pendingLabel,
  variant = 'secondary',
  confirm,
}: ActionButtonProps) {
  const { state, onSubmit, pending, formRef } = useAdminAction(action);
  return (
    <form onSubmit={onSubmit} ref={formRef} className="inline-flex flex-col gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmDialog
          trigger={pending ? pendingLabel : label}
          title={confirm.title}
          confirmLabel={confirm.confirmLabel}
          pending={pending}
          tone={variant === 'danger' ? 'danger' : 'primary'}
          triggerClassName={buttonStyles[variant]}
        >
          {confirm.body}
        </ConfirmDialog>
      ) : (
        <button type="submit" className={buttonStyles[variant]} disabled={pending} aria-disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
      )}
      {!state.ok && state.message ? <FormAlert message={state.message} /> : null}
    </form>
  );
}
