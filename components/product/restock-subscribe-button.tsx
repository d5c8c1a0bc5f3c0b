'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Bell, BellOff, Loader2 } from 'lucide-react';
import {
  setRestockSubscriptionAction,
  type RestockActionState,
} from '@/lib/actions/notifications/restock-subscription-action';

type Props = {
  variantId: string;
  /** Whether the signed-in shopper already waits for this variant (false for guests). */
  initialSubscribed: boolean;
};

/**
 * "Avísame cuando vuelva" for an out-of-stock variant (#31). Guests are asked to sign in; the result
 * is announced in a polite live region, and the button cannot be pressed twice while it works.
 */
export function RestockSubscribeButton({ variantId, initialSubscribed }: Props) {
  const pathname = usePathname();
  const [subscribed, setSubscribed] = useState(initialSubscribed);
  const [state, setState] = useState<RestockActionState | null>(null);
  const [isPending, startTransition] = useTransition();

  const toggle = () =>
    startTransition(async () => {
      const result = await setRestockSubscriptionAction({ variantId, subscribe: !subscribed });
      setState(result);
      if (result.ok && result.subscribed !== undefined) setSubscribed(result.subscribed);
    });

  return (
    <div className="space-y-2 rounded-xl border border-sand-200 bg-white p-3">
      {subscribed ? (
        <p className="flex items-center gap-2 text-sm font-medium text-brand-800">
          <Bell aria-hidden className="size-4" /> Te avisaremos cuando vuelva.
        </p>
      ) : (
        <p className="text-sm text-stone-700">Está agotado por ahora. Te escribimos apenas vuelva.</p>
      )}
      <button
        type="button"
        onClick={toggle}
        disabled={isPending}
        aria-disabled={isPending}
        className={
          subscribed
            ? 'inline-flex w-full items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-sm font-semibold text-stone-800 hover:bg-sand-100 disabled:cursor-wait disabled:opacity-70'
            : 'inline-flex w-full items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70'
        }
      >
        {isPending ? (
          <Loader2 aria-hidden className="size-4 animate-spin" />
        ) : subscribed ? (
          <BellOff aria-hidden className="size-4" />
        ) : (
          <Bell aria-hidden className="size-4" />
        )}
        {isPending ? 'Guardando…' : subscribed ? 'Cancelar aviso' : 'Avísame cuando vuelva'}
      </button>
      <div aria-live="polite" className="text-sm">
        {state && !state.ok ? (
          <p className="text-red-700">
            {state.message}{' '}
            {state.code === 'AUTH-REQUIRED' ? (
              <Link href={`/ingresar?next=${encodeURIComponent(pathname)}`} className="font-semibold underline">
                Ingresar
              </Link>
            ) : null}
          </p>
        ) : null}
        {state?.ok ? <p className="text-brand-800">{state.message}</p> : null}
      </div>
    </div>
  );
}
