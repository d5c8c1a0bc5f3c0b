import type { Metadata } from 'next';
import Link from 'next/link';
import { CartContents } from '@/components/cart/cart-contents';
import { ProductCard } from '@/components/product/product-card';
import { getCachedHomeSections } from '@/lib/catalog/cached-catalog';
import { cartViewFor, readCartActor } from '@/lib/http/cart-door';
import { readStoreSettings } from '@/lib/settings/read-store-settings';

export const metadata: Metadata = { title: 'Carrito' };

export default async function CartPage() {
  const { owner, isVip } = await readCartActor();
  const [cart, settings] = await Promise.all([cartViewFor(owner, isVip), readStoreSettings()]);

  if (cart.items.length === 0) {
    const { featured } = await getCachedHomeSections();
    return (
      <div className="mx-auto max-w-6xl px-4 py-10">
        <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">Tu carrito</h1>
        <div className="mt-6 rounded-2xl border border-sand-200 bg-white px-6 py-12 text-center">
          <p className="font-serif text-2xl text-brand-900">Tu carrito está vacío</p>
          <p className="mt-2 text-stone-700">Cuando agregues productos, los verás aquí con el total y tus ahorros.</p>
          <Link
            href="/productos"
            className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Ver productos
          </Link>
        </div>
        {featured.length > 0 ? (
          <section aria-labelledby="cart-suggestions" className="mt-12">
            <h2 id="cart-suggestions" className="font-serif text-2xl text-brand-900">
              Te puede gustar
            </h2>
            <ul className="mt-4 grid grid-cols-2 gap-4 lg:grid-cols-4">
              {featured.slice(0, 4).map((product) => (
                <li key={product.id}>
                  <ProductCard product={product} isVip={isVip} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">Tu carrito</h1>
        <Link href="/productos" className="text-sm font-semibold text-brand-700 underline">
          Seguir comprando
        </Link>
      </div>
      <CartContents
        cart={cart}
        layout="page"
        shipping={{ feeCents: settings.shippingFeeCents, freeThresholdCents: settings.freeShippingThresholdCents }}
      />
    </div>
  );
}
