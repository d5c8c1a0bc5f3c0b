import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { hasBlockingIssues } from '@/components/cart/cart-issues';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { purchaseTermsJson } from '@/lib/legal/purchase-terms';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { getCartView } from '@/lib/cart/get-cart-view';
import { readStoreSettings } from '@/lib/settings/read-store-settings';
import { getCheckoutPreview } from '@/lib/checkout/get-checkout-preview';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Pagar' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/checkout');
  const params = await searchParams;
  const voucherCode =
    typeof params.cupon === 'string' && params.cupon.trim() ? params.cupon.trim().slice(0, 40) : undefined;

  const db = getDb();
  const [cart, settings] = await Promise.all([
    getCartView(db, { owner: { userId: user.id }, isVip: user.isVip }),
    readStoreSettings(),
  ]);

  if (cart.items.length === 0) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="font-serif text-3xl text-brand-900">Tu carrito está vacío</h1>
        <p className="mt-2 text-stone-700">Agrega productos para hacer tu pedido.</p>
        <div className="mt-6 flex justify-center gap-3">
          <Link
            href="/productos"
            className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Ver productos
          </Link>
          <Link
            href="/cuenta/pedidos"
            className="rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Mis pedidos
          </Link>
        </div>
      </div>
    );
  }

  const preview = await getCheckoutPreview(db, { cart, userId: user.id, settings, voucherCode });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">Finalizar compra</h1>
          <p className="mt-1 text-stone-700">
            Compras como <strong>{user.email}</strong>
            {user.isVip ? ' · con precios VIP' : null}
          </p>
        </div>
        <Link href="/carrito" className="text-sm font-semibold text-brand-700 underline">
          Volver al carrito
        </Link>
      </div>
      <CheckoutForm
        items={cart.items}
        preview={preview}
        isBlocked={hasBlockingIssues(cart.items)}
        terms={purchaseTermsJson()}
      />
    </div>
  );
}
