'use client';

import { ShoppingCart, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useId, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { moveToCartAction } from '@/lib/actions/wishlist/move-to-cart-action';
import { setWishlistedAction } from '@/lib/actions/wishlist/set-wishlisted-action';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type ActionState } from '@/lib/http/action-state-shape';
import { formatCop } from '@/lib/money';
import type { WishlistVariant } from '@/lib/wishlist/list-wishlist';

type WishlistItemActionsProps = {
  productId: string;
  productName: string;
  productHref: string;
  inStock: boolean;
  variants: WishlistVariant[];
};

/** Move to cart (choosing the presentation when there are several), or remove from the list. */
export function WishlistItemActions({
  productId,
  productName,
  productHref,
  inStock,
  variants,
}: WishlistItemActionsProps) {
  const [isRemoving, startRemove] = useTransition();
  const selectId = useId();
  const router = useRouter();
  const sellable = variants.filter((v) => v.isAvailable);

  // Toasts from inside the action: a successful move takes this item (and this component) off the page.
  const [, moveAction] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await moveToCartAction(prev, form);
    if (result.ok)
      toast.success(result.message, { action: { label: 'Ir al carrito', onClick: () => router.push('/carrito') } });
    else toast.error(result.message ?? 'No pudimos moverlo al carrito.');
    return result;
  }, idleState);

  const remove = () =>
    startRemove(async () => {
      const result = await setWishlistedAction({ productId, saved: false });
      if (result.ok) toast(`${productName} salió de tu lista de deseos.`);
      else toast.error(result.message ?? 'No pudimos quitarlo de tu lista.');
    });

  return (
    <div className="flex flex-wrap items-end gap-2">
      {inStock ? (
        <form action={moveAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="productId" value={productId} />
          {sellable.length > 1 ? (
            <div>
              <label htmlFor={selectId} className="block text-xs font-medium text-stone-700">
                Presentación
              </label>
              <select
                id={selectId}
                name="variantId"
                className="mt-0.5 rounded-lg border border-stone-300 bg-white px-2 py-2 text-sm"
              >
                {sellable.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name} · {formatCop(v.priceCents)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <SubmitButton
            pendingLabel="Moviendo…"
            className="inline-flex items-center gap-1.5 rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
          >
            <ShoppingCart aria-hidden className="size-4" />
            Mover al carrito
          </SubmitButton>
        </form>
      ) : (
        <Link
          href={`${productHref}#agregar-al-carrito`}
          aria-label={`Agotado — avísame cuando vuelva ${productName}`}
          className="inline-flex items-center gap-1.5 rounded-lg bg-stone-800 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-900"
        >
          Agotado — avísame
        </Link>
      )}
      <button
        type="button"
        onClick={remove}
        disabled={isRemoving}
        aria-label={`Quitar ${productName} de mi lista de deseos`}
        className="inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-red-800 ring-1 ring-red-200 hover:bg-red-50 disabled:cursor-wait disabled:opacity-60"
      >
        <Trash2 aria-hidden className="size-4" />
        {isRemoving ? 'Quitando…' : 'Quitar'}
      </button>
    </div>
  );
}
