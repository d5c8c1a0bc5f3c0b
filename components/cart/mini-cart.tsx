'use client';

import Link from 'next/link';
import { ShoppingBag, X } from 'lucide-react';
import { useRef, useState } from 'react';
import type { CartView } from '@/lib/cart/get-cart-view';
import { CartContents } from './cart-contents';
import { CartCountBadge } from './cart-count-badge';
import { useIsHydrated } from './use-is-hydrated';

function unitsLabel(count: number): string {
  return count === 1 ? '1 unidad' : `${count} unidades`;
}

const TRIGGER_CLASSES =
  'relative inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50';

function TriggerContent({ count }: { count: number }) {
  return (
    <>
      <ShoppingBag aria-hidden className="size-5" />
      <span aria-hidden className="hidden sm:inline">
        Carrito
      </span>
      <CartCountBadge count={count} />
    </>
  );
}

/**
 * The header's cart button and the drawer it opens. A native modal <dialog> gives focus trapping,
 * Escape to close and an inert page behind it; focus returns to the button on close.
 */
export function MiniCart({ cart }: { cart: CartView }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const isHydrated = useIsHydrated();

  function open() {
    dialogRef.current?.showModal();
    setIsOpen(true);
  }

  function close() {
    dialogRef.current?.close();
  }

  return (
    <>
      {isHydrated ? (
        <button
          type="button"
          onClick={open}
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          aria-controls="mini-cart"
          aria-label={`Carrito, ${unitsLabel(cart.itemCount)}`}
          className={TRIGGER_CLASSES}
          data-testid="cart-trigger"
        >
          <TriggerContent count={cart.itemCount} />
        </button>
      ) : (
        // Before hydration (or without JavaScript) the trigger is a plain link to the cart page.
        <Link
          href="/carrito"
          aria-label={`Carrito, ${unitsLabel(cart.itemCount)}`}
          className={TRIGGER_CLASSES}
          data-testid="cart-trigger"
        >
          <TriggerContent count={cart.itemCount} />
        </Link>
      )}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {cart.itemCount > 0 ? `Tu carrito tiene ${unitsLabel(cart.itemCount)}.` : ''}
      </p>
      <dialog
        id="mini-cart"
        ref={dialogRef}
        aria-labelledby="mini-cart-title"
        onClose={() => setIsOpen(false)}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> itself.
          if (event.target === event.currentTarget) close();
        }}
        className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-md bg-sand-50 p-0 text-stone-900 shadow-2xl backdrop:bg-stone-900/40 open:flex open:flex-col"
      >
        <div className="flex items-center justify-between border-b border-sand-200 bg-white px-4 py-3">
          <h2 id="mini-cart-title" className="font-serif text-xl text-brand-900">
            Tu carrito
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded-lg p-2 text-stone-700 hover:bg-sand-100"
            aria-label="Cerrar carrito"
          >
            <X aria-hidden className="size-5" />
          </button>
        </div>
        {isOpen ? <CartContents cart={cart} layout="drawer" onNavigate={close} /> : null}
      </dialog>
    </>
  );
}
