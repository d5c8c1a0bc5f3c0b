'use client';

import { useId, useRef, type ReactNode } from 'react';
import { buttonStyles } from './page-header';

type ConfirmProps = {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  tone?: 'danger' | 'primary';
  triggerClassName?: string;
};

/**
 * Confirmation before a destructive action: the trigger opens a native modal dialog (focus trapped,
 * Escape closes it); its confirm button submits the enclosing form, so the action still goes through
 * the form's server action and pending state.
 */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  pending,
  tone = 'danger',
  triggerClassName,
}: ConfirmProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={triggerClassName ?? buttonStyles[tone === 'danger' ? 'danger' : 'primary']}
        onClick={() => dialog.current?.showModal()}
        disabled={pending}
      >
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-md rounded-xl border border-sand-200 p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">
            {title}
          </h2>
          {children ? <div className="text-sm text-stone-700">{children}</div> : null}
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" className={buttonStyles.secondary} onClick={() => dialog.current?.close()} autoFocus>
              Volver
            </button>
            <button
              type="submit"
              className={buttonStyles[tone === 'danger' ? 'danger' : 'primary']}
              onClick={() => queueMicrotask(() => dialog.current?.close())}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
