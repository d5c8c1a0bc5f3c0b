'use client';

import { useRef } from 'react';
import { toast } from 'sonner';
import { cancelOrderAction } from '@/lib/actions/orders/cancel-order-action';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state';

/** "Cancelar pedido" behind a confirmation dialog; the result is announced with a toast. */
export function CancelOrderButton({ orderId, orderNumber }: { orderId: string; orderNumber: number }) {
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
          Liberaremos los productos que te reservamos y no podrás pagarlo después. Esta acción no se puede deshacer.
        </p>
        <form action={cancel} className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <input type="hidden" name="orderId" value={orderId} />
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
        </form>
      </dialog>
    </>
  );
}
