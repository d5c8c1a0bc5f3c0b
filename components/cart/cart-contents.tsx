'use client';

import clsx from 'clsx';
import Link from 'next/link';
import type { CartView } from '@/lib/cart/get-cart-view';
import { formatCop } from '@/lib/money';
import { CartLine } from './cart-line';
import { CartSummary, type ShippingRule } from './cart-summary';
import { useOptimisticCart } from './use-optimistic-cart';

type CartContentsProps = {
  cart: CartView;
  layout: 'page' | 'drawer';
  onNavigate?: () => void;
  shipping?: ShippingRule;
};

/** The cart's lines and totals with optimistic quantity changes; used by the cart page and the drawer. */
export function CartContents({ cart: serverCart, layout, onNavigate, shipping }: CartContentsProps) {
  const { cart, isPending, setQuantity, removeLine } = useOptimisticCart(serverCart);
  const isDrawer = layout === 'drawer';
  const announcement =
    cart.items.length === 0
      ? 'Tu carrito quedó vacío.'
      : `Carrito actualizado: ${cart.itemCount} unidades, total ${formatCop(cart.totalCents)}.`;

  if (cart.items.length === 0) {
    return (
      <div className="py-10 text-center">
        <p className="font-serif text-xl text-brand-900">Tu carrito está vacío</p>
        <p className="mt-1 text-sm text-stone-700">Descubre aceites, cremas y kits para consentirte.</p>
        <Link
          href="/productos"
          onClick={onNavigate}
          className="mt-4 inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Ver productos
        </Link>
        <p role="status" className="sr-only">
          {isPending ? '' : announcement}
        </p>
      </div>
    );
  }

  const lines = (
    <ul
      className={clsx('divide-y divide-sand-200', isDrawer ? 'px-4' : '')}
      aria-busy={isPending}
      data-testid="cart-lines"
    >
      {cart.items.map((line) => (
        <CartLine
          key={line.id}
          line={line}
          compact={isDrawer}
          onNavigate={onNavigate}
          onQuantityChange={(quantity) => setQuantity(line.id, quantity)}
          onRemove={() => removeLine(line.id, line.productName)}
        />
      ))}
    </ul>
  );
  const status = (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  );

  if (isDrawer) {
    return (
      <div className="flex min-h-0 flex-1 flex-col">
        <div className="min-h-0 flex-1 overflow-y-auto">{lines}</div>
        <div className="border-t border-sand-200 bg-sand-50 p-4">
          <CartSummary cart={cart} onNavigate={onNavigate} showCartLink />
        </div>
        {status}
      </div>
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="cart-lines-title" className="rounded-2xl border border-sand-200 bg-white px-4 sm:px-6">
        <h2 id="cart-lines-title" className="sr-only">
          Productos en tu carrito
        </h2>
        {lines}
      </section>
      <aside
        aria-labelledby="cart-summary-title"
        className="h-fit rounded-2xl border border-sand-200 bg-white p-5 lg:sticky lg:top-32"
      >
        <h2 id="cart-summary-title" className="mb-3 font-serif text-xl text-brand-900">
          Resumen
        </h2>
        <CartSummary cart={cart} shipping={shipping} />
      </aside>
      {status}
    </div>
  );
}
