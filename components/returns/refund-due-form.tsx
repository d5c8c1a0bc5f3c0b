'use client';

import { useActionState, useEffect, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { resolveRefundAction } from '@/lib/actions/returns/resolve-refund-action';
import { idleState } from '@/lib/http/action-state-shape';

export function RefundDueForm({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(resolveRefundAction, idleState);
  const [method, setMethod] = useState<'STORE_CREDIT' | 'MANUAL'>('STORE_CREDIT');
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
    else if (!state.ok && state.message) toast.error(state.message);
  }, [state]);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="orderId" value={orderId} />
      <label className="flex flex-col">
        <span className="font-medium">Cómo</span>
        <select
          name="method"
          value={method}
          onChange={(e) => setMethod(e.target.value as 'STORE_CREDIT' | 'MANUAL')}
          className="rounded border border-stone-300 px-2 py-1"
        >
          <option value="STORE_CREDIT">Saldo a favor</option>
          <option value="MANUAL">Manual</option>
        </select>
      </label>
      {method === 'MANUAL' ? (
        <label className="flex flex-col">
          <span className="font-medium">Referencia</span>
          <input name="reference" required className="rounded border border-stone-300 px-2 py-1" />
        </label>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Guardando…' : 'Registrar reembolso'}
      </button>
    </form>
  );
}
