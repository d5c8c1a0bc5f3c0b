'use client';

import { useRef } from 'react';
import { toast } from '@/components/ui/toast';
import { cancelOrderAction } from '@/lib/actions/orders/cancel-order-action';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';
import { formatCop } from '@/lib/money';

/**
 * "Cancelar pedido" behind a confirmation dialog; the result is announced with a toast. For a paid
 * order (`paidCents` given) the dialog asks how the money comes back: store credit (default, instant)
 * or a refund to the original method, which staff process.
 */
export function CancelOrderButton({
  orderId,
  orderNumber,
  paidCents,
}: {
  orderId: string;
  orderNumber: number;
  paidCents?: number;
}) {
  const isPaid = paidCents !== undefined;
  const dialogRef = useRef<HTMLDialogElement>(null);

  async function cancel(form: FormData) {
    const result = await cancelOrderAction(idleState, form);
    // On success the page re-renders without this button, so the toast is raised here, not in an effect.
    if (result.ok) toast.success(result.message ?? 'Pedido cancelado.');
    else toast.error(result.message ?? 'No pudimos cancelar el pedido. Intenta de nuevo.');
    dialogRef.current?.close();
  }

  return (
    <>
      <button
        type="button"
        onClick={() => dialogRef.current?.showModal()}
        className="inline-flex w-full items-center justify-center rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-semibold text-stone-800 hover:border-red-300 hover:bg-red-50 hover:text-red-800"
      >
        Cancelar pedido
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`cancel-title-${orderId}`}
        aria-describedby={`cancel-text-${orderId}`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl bg-white p-6 text-stone-900 shadow-2xl backdrop:bg-stone-900/40"
      >
        <h2 id={`cancel-title-${orderId}`} className="font-serif text-2xl text-brand-900">
          ¿Cancelar el pedido #{orderNumber}?
        </h2>
        <p id={`cancel-text-${orderId}`} className="mt-2 text-stone-700">
          {isPaid
            ? 'Aún no empezamos a prepararlo. Los productos vuelven a la tienda y te devolvemos lo que pagaste. Esta acción no se puede deshacer.'
            : 'Liberaremos los productos que te reservamos y no podrás pagarlo después. Esta acción no se puede deshacer.'}
        </p>
        <form action={cancel} className="mt-6">
          <input type="hidden" name="orderId" value={orderId} />
          {isPaid && paidCents > 0 ? (
            <fieldset className="mb-6 space-y-3">
              <legend className="mb-2 font-semibold text-stone-900">
                ¿Cómo quieres recibir {formatCop(paidCents)}?
              </legend>
              <label className="flex gap-3 rounded-lg border border-stone-300 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
                <input type="radio" name="refund" value="STORE_CREDIT" defaultChecked className="mt-1" />
                <span>
                  <span className="block font-semibold">Saldo a favor</span>
                  <span className="block text-sm text-stone-700">Al instante, para tu próxima compra.</span>
                </span>
              </label>
              <label className="flex gap-3 rounded-lg border border-stone-300 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
                <input type="radio" name="refund" value="ORIGINAL_METHOD" className="mt-1" />
                <span>
                  <span className="block font-semibold">Reembolso a mi medio de pago</span>
                  <span className="block text-sm text-stone-700">
                    Nuestro equipo lo procesa; puede tardar unos días hábiles.
                  </span>
                </span>
              </label>
            </fieldset>
          ) : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="rounded-lg border border-stone-300 px-4 py-2.5 font-semibold text-stone-800 hover:bg-sand-100"
              autoFocus
            >
              No, volver
            </button>
            <SubmitButton
              pendingLabel="Cancelando…"
              className="inline-flex items-center justify-center rounded-lg bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-70"
            >
              Sí, cancelar pedido
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
