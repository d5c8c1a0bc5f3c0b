import type { ReactNode } from 'react';
import { buttonStyles } from './page-header';

/** A submit button driven by the form's pending state (forms here submit through useAdminAction). */
export function PendingButton({
  pending,
  children,
  pendingLabel,
  variant = 'primary',
  name,
  value,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof buttonStyles;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonStyles[variant]}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
