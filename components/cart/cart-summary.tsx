import Link from 'next/link';
import type { CartView } from '@/lib/cart/get-cart-view';
import { formatCop } from '@/lib/money';
import { hasBlockingIssues } from './cart-issues';

type CartSummaryProps = {
  cart: Pick<CartView, 'items' | 'subtotalCents' | 'discountCents' | 'totalCents' | 'itemCount'>;
  onNavigate?: () => void;
  showCartLink?: boolean;
  /** The store's shipping rule, for the "te faltan …" hint; omitted where there is no room for it. */
  shipping?: ShippingRule;
};

export type ShippingRule = { feeCents: number; freeThresholdCents: number };

/** Subtotal, bulk savings and total, with the way on to checkout (held back while a line has a problem). */
export function CartSummary({ cart, onNavigate, showCartLink = false, shipping }: CartSummaryProps) {
  const isBlocked = hasBlockingIssues(cart.items);
  return (
    <div className="space-y-3">
      <dl className="space-y-1.5 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-700">
            Subtotal ({cart.itemCount} {cart.itemCount === 1 ? 'unidad' : 'unidades'})
          </dt>
          <dd className="font-medium text-stone-900">{formatCop(cart.subtotalCents)}</dd>
        </div>
        {cart.discountCents > 0 ? (
          <div className="flex justify-between gap-4 text-brand-800">
            <dt>Ahorro por cantidad</dt>
            <dd className="font-medium" data-testid="cart-savings">
              −{formatCop(cart.discountCents)}
            </dd>
          </div>
        ) : null}
        <div className="flex justify-between gap-4 border-t border-sand-200 pt-2 text-base">
          <dt className="font-semibold text-stone-900">Total productos</dt>
          <dd className="font-bold text-stone-900" data-testid="cart-total">
            {formatCop(cart.totalCents)}
          </dd>
        </div>
      </dl>
      {shipping ? <FreeShippingHint goodsCents={cart.totalCents} shipping={shipping} /> : null}
      <p className="text-xs text-stone-600">El envío y los cupones se calculan al pagar.</p>
      {isBlocked ? (
        <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" role="note">
          Revisa los productos marcados antes de pagar.
        </p>
      ) : null}
      <div className="flex flex-col gap-2">
        {isBlocked ? (
          <span
            aria-disabled="true"
            className="inline-flex cursor-not-allowed items-center justify-center rounded-lg bg-stone-300 px-4 py-2.5 font-semibold text-stone-700"
          >
            Ir a pagar
          </span>
        ) : (
          <Link
            href="/checkout"
            onClick={onNavigate}
            className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800"
          >
            Ir a pagar
          </Link>
        )}
        {showCartLink ? (
          <Link
            href="/carrito"
            onClick={onNavigate}
            className="inline-flex items-center justify-center rounded-lg border border-brand-700 px-4 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Ver carrito
          </Link>
        ) : null}
      </div>
    </div>
  );
}

/** How far the cart is from free home delivery, on the products' total (a voucher may lower it at checkout). */
function FreeShippingHint({ goodsCents, shipping }: { goodsCents: number; shipping: ShippingRule }) {
  const missing = shipping.freeThresholdCents - goodsCents;
  return (
    <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="free-shipping-hint">
      {missing <= 0
        ? 'Tu pedido tiene envío gratis a domicilio.'
        : `Te faltan ${formatCop(missing)} para el envío gratis a domicilio (desde ${formatCop(shipping.freeThresholdCents)}; si no, cuesta ${formatCop(shipping.feeCents)}).`}
    </p>
  );
}
