'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useActionState, useId, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { moderateReviewAction } from '@/lib/actions/reviews/moderate-review-action';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type ActionState } from '@/lib/http/action-state-shape';

/** The action with its toast inside: hiding a review under the "Visibles" filter unmounts its row. */
function useModerationAction() {
  return useActionState(async (prev: ActionState, form: FormData) => {
    const result = await moderateReviewAction(prev, form);
    if (result.ok) toast.success(result.message);
    else if (result.message && !result.fields) toast.error(result.message);
    return result;
  }, idleState);
}

/** Hide or show a review, after a confirmation that says what shoppers will see. */
export function VisibilityToggle({
  reviewId,
  isVisible,
  productName,
}: {
  reviewId: string;
  isVisible: boolean;
  productName: string;
}) {
  const [, action] = useModerationAction();
  const question = isVisible
    ? `¿Ocultar esta reseña de ${productName}? Dejará de verse en la tienda y no contará en el promedio.`
    : `¿Volver a mostrar esta reseña de ${productName}? Contará otra vez en el promedio.`;
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="intent" value={isVisible ? 'hide' : 'show'} />
      <SubmitButton
        pendingLabel={isVisible ? 'Ocultando…' : 'Mostrando…'}
        className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold text-stone-800 ring-1 ring-stone-300 hover:bg-sand-100 disabled:cursor-wait disabled:opacity-60"
      >
        {isVisible ? <EyeOff aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
        {isVisible ? 'Ocultar' : 'Mostrar'}
      </SubmitButton>
    </form>
  );
}

/** The shop's public answer, shown under the review; saving it empty removes it. */
export function ResponseForm({
  reviewId,
  response,
  maxLength,
}: {
  reviewId: string;
  response: string | null;
  maxLength: number;
}) {
  const [state, action] = useModerationAction();
  const id = useId();
  const [text, setText] = useState(response ?? '');
  return (
    <details className="group mt-2" open={state.fields?.adminResponse ? true : undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">
        {response ? 'Editar respuesta' : 'Responder'}
      </summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="reviewId" value={reviewId} />
        <input type="hidden" name="intent" value="respond" />
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          Respuesta pública de Botica
        </label>
        <textarea
          id={id}
          name="adminResponse"
          rows={3}
          maxLength={maxLength}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={state.fields?.adminResponse ? true : undefined}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
        />
        {state.fields?.adminResponse ? (
          <p className="text-sm text-red-700">{state.fields.adminResponse}</p>
        ) : (
          <p className="text-xs text-stone-600">Déjala vacía y guarda para quitarla.</p>
        )}
        <SubmitButton
          pendingLabel="Guardando…"
          className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-60"
        >
          Guardar respuesta
        </SubmitButton>
      </form>
    </details>
  );
}
