'use client';

import { useActionState, useEffect, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { decideReturnAction } from '@/lib/actions/returns/decide-return-action';
import { FormAlert } from '@/components/ui/form-alert';
import { idleState } from '@/lib/http/action-state-shape';

type Line = { orderItemId: string; productName: string; variantName: string; quantityRequested: number };

export function ReturnDecisionForm({ orderId, lines }: { orderId: string; lines: Line[] }) {
  const [state, action, pending] = useActionState(decideReturnAction, idleState);
  const [refund, setRefund] = useState<'STORE_CREDIT' | 'MANUAL'>('STORE_CREDIT');
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <form action={action} className="mt-4 space-y-4 rounded-xl border border-sand-200 bg-sand-50 p-4">
      <input type="hidden" name="orderId" value={orderId} />
      <FormAlert message={state.ok ? undefined : state.message} />
      <table className="w-full text-sm">
        <caption className="sr-only">Unidades a aprobar por producto</caption>
        <thead>
          <tr className="text-left text-stone-600">
            <th scope="col" className="py-1">
              Producto
            </th>
            <th scope="col" className="py-1">
              Aprobar
            </th>
            <th scope="col" className="py-1">
              ¿Vuelve al inventario?
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.orderItemId} className="border-t border-sand-200">
              <td className="py-2">
                {line.productName} <span className="text-stone-600">· {line.variantName}</span>
              </td>
              <td className="py-2">
                <label className="sr-only" htmlFor={`qty-${line.orderItemId}`}>
                  Unidades aprobadas de {line.productName}
                </label>
                <input
                  id={`qty-${line.orderItemId}`}
                  name={`qty:${line.orderItemId}`}
                  type="number"
                  min={0}
                  max={line.quantityRequested}
                  defaultValue={line.quantityRequested}
                  className="w-20 rounded border border-stone-300 px-2 py-1"
                />
                <span className="ml-1 text-stone-600">de {line.quantityRequested}</span>
              </td>
              <td className="py-2">
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" name={`restock:${line.orderItemId}`} defaultChecked className="size-4" />
                  <span>Reingresar (desmarca si llegó dañado)</span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend className="text-sm font-medium">Reembolso</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="refund"
              value="STORE_CREDIT"
              checked={refund === 'STORE_CREDIT'}
              onChange={() => setRefund('STORE_CREDIT')}
            />
            Saldo a favor en Botica
          </label>
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="refund"
              value="MANUAL"
              checked={refund === 'MANUAL'}
              onChange={() => setRefund('MANUAL')}
            />
            Manual (transferencia u otro)
          </label>
        </div>
      </fieldset>
      {refund === 'MANUAL' ? (
        <div>
          <label htmlFor={`ref-${orderId}`} className="block text-sm font-medium">
            Referencia del reembolso manual
          </label>
          <input
            id={`ref-${orderId}`}
            name="refundReference"
            required
            aria-invalid={state.fields?.refundReference ? true : undefined}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          />
          {state.fields?.refundReference ? (
            <p className="mt-1 text-sm text-red-700">{state.fields.refundReference}</p>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor={`reason-${orderId}`} className="block text-sm font-medium">
          Nota para el cliente (obligatoria si rechazas)
        </label>
        <textarea
          id={`reason-${orderId}`}
          name="reason"
          rows={2}
          maxLength={1000}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
        />
        {state.fields?.reason ? <p className="mt-1 text-sm text-red-700">{state.fields.reason}</p> : null}
      </div>
      <div className="flex gap-3">
        <button
          type="submit"
          name="decision"
          value="APPROVE"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? 'Guardando…' : 'Aprobar y reembolsar'}
        </button>
        <button
          type="submit"
          name="decision"
          value="REJECT"
          disabled={pending}
          onClick={(e) => {
            if (!window.confirm('¿Rechazar esta devolución? El cliente verá tu nota.')) e.preventDefault();
          }}
          className="rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          Rechazar
        </button>
      </div>
    </form>
  );
}
