'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { toast } from '@/components/ui/toast';
import { idleState, type ActionState } from '@/lib/http/action-state-shape';

type ServerAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * useActionState plus what every admin form needs:
 * - submitted through `onSubmit`, not the `action` prop, so React does not reset the form after a
 *   refused submit and the admin keeps what they typed next to the field messages;
 * - a toast when the action succeeds (and `resetOnSuccess` clears one-off forms such as a restock);
 * - focus moved to the first field with an error, or to the form's alert, so keyboard and screen
 *   reader users land on what to fix.
 */
export function useAdminAction(
  action: ServerAction,
  options: { resetOnSuccess?: boolean; onSuccess?: (state: ActionState) => void } = {},
) {
  const [state, dispatch, pending] = useActionState(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    if (state === idleState) return;
    const form = formRef.current;
    if (state.ok) {
      if (state.message) toast.success(state.message);
      if (latest.current.resetOnSuccess) form?.reset();
      latest.current.onSuccess?.(state);
      return;
    }
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (target) {
      if (target.getAttribute('role') === 'alert') target.setAttribute('tabindex', '-1');
      target.focus();
    } else if (state.message) {
      toast.error(state.message);
    }
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return { state, pending, formRef, onSubmit };
}
