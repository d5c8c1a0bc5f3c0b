'use client';

import { useActionState } from 'react';
import { requestReturnAction } from '@/lib/actions/returns/request-return-action';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';

type Line = { id: string; productName: string; variantName: string; returnable: number; unitPrice: string };

export function ReturnRequestForm({ orderId, lines }: { orderId: string; lines: Line[] }) {
  const [state, action] = useActionState(requestReturnAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <FormAlert message={state.message} />
      <fieldset className="space-y-3">
        <legend className="font-medium">¿Qué quieres devolver?</legend>
        {lines.map((line) => (
          <div
            key={line.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-3"
          >
            <div>
              <p className="font-semibold">{line.productName}</p>
              <p className="text-sm text-stone-600">
                {line.variantName} · {line.unitPrice} c/u · puedes devolver hasta {line.returnable}
              </p>
            </div>
            <label className="flex items-center gap-2 text-sm">
              Unidades<span className="sr-only"> a devolver de {line.productName}</span>
              <input
                name={`qty:${line.id}`}
                type="number"
                min={0}
                max={line.returnable}
                defaultValue={0}
                className="w-20 rounded border border-stone-300 px-2 py-1"
              />
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <label htmlFor="return-reason" className="block font-medium">
          Motivo
        </label>
        <textarea
          id="return-reason"
          name="reason"
          rows={3}
          maxLength={1000}
          required
          aria-invalid={state.fields?.reason ? true : undefined}
          aria-describedby={state.fields?.reason ? 'return-reason-error' : undefined}
          className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2"
          placeholder="Cuéntanos qué pasó con el producto"
        />
        {state.fields?.reason ? (
          <p id="return-reason-error" className="mt-1 text-sm text-red-700">
            {state.fields.reason}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Enviando solicitud…">Solicitar devolución</SubmitButton>
    </form>
  );
}
