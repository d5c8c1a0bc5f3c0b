'use client';

import { CreditCard } from 'lucide-react';
import { useActionState } from 'react';
import { payOrderAction } from '@/lib/actions/orders/pay-order-action';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';

/** Sends the shopper to Wompi's hosted checkout for their pending order (fresh signed data each time). */
export function PayOrderButton({ orderId, label = 'Pagar con Wompi' }: { orderId: string; label?: string }) {
  const [state, action] = useActionState(payOrderAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      <FormAlert message={state.ok ? undefined : state.message} />
      <SubmitButton pendingLabel="Abriendo Wompi…">
        <CreditCard aria-hidden className="mr-2 size-5" />
        {label}
      </SubmitButton>
    </form>
  );
}
