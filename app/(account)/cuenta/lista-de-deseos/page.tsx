import { Heart } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { WishlistItemCard } from '@/components/wishlist/wishlist-item-card';
import { getCurrentUser } from '@/lib/auth/guards';
import { listWishlist } from '@/lib/wishlist/list-wishlist';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Lista de deseos' };

export default async function WishlistPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/lista-de-deseos');
  const items = await listWishlist(getDb(), { userId: user.id, isVip: user.isVip });
  const drops = items.filter((i) => i.isPriceDrop).length;

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-3xl text-brand-900">Tu lista de deseos</h1>
      {items.length > 0 ? (
        <p className="mt-1 text-stone-700">
          {items.length === 1 ? '1 producto guardado' : `${items.length} productos guardados`}
          {drops > 0 ? ` · ${drops === 1 ? '1 bajó de precio' : `${drops} bajaron de precio`}` : ''}
        </p>
      ) : null}

      {items.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-sand-200 bg-white p-10 text-center">
          <Heart aria-hidden className="mx-auto size-10 text-clay-600" />
          <h2 className="mt-3 text-lg font-semibold text-stone-900">Aún no has guardado nada</h2>
          <p className="mt-1 text-stone-700">
            Toca el corazón de un producto para guardarlo aquí. Te mostraremos cuándo baja de precio.
          </p>
          <Link
            href="/productos"
            className="mt-5 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Ver productos
          </Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-4" aria-label="Productos guardados">
          {items.map((item) => (
            <li key={item.productId}>
              <WishlistItemCard item={item} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
