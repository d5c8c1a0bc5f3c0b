'use client';

import Link from 'next/link';
import { ShoppingBag } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, useTransition, type ReactNode } from 'react';
import { toast } from '@/components/ui/toast';
import { addCartItemAction } from '@/lib/actions/cart/add-cart-item-action';
import { ME_SUMMARY_KEY } from '@/components/providers/shopper';
import { newIdempotencyKey } from './idempotency-key';
import { CART_QUERY_KEY } from './cart-query-key';
import { QuantityStepper } from './quantity-stepper';
import { useIsHydrated } from './use-is-hydrated';

export type AddToCartVariant = {
  id: string;
  name: string;
  available: number;
  minOrderQuantity: number;
  maxOrderQuantity: number;
};

/**
 * Quantity and "Agregar al carrito" for one variant. Each click gets its own Idempotency-Key, and a
 * click that arrives while the previous one is still on its way is ignored (the ref flips before React
 * can re-render the disabled button), so a double click adds once (#8).
 */
export function AddToCart({
  variant,
  productName,
  soldOut,
}: {
  variant: AddToCartVariant;
  productName: string;
  soldOut?: ReactNode;
}) {
  const min = Math.max(1, variant.minOrderQuantity);
  const max = Math.min(variant.maxOrderQuantity, variant.available);
  const isSoldOut = max < min;
  const [quantity, setQuantity] = useState(min);
  const [isPending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const isHydrated = useIsHydrated();
  const queryClient = useQueryClient();

  function add() {
    if (inFlight.current || isSoldOut) return;
    inFlight.current = true;
    const idempotencyKey = newIdempotencyKey();
    startTransition(async () => {
      try {
        const result = await addCartItemAction({ idempotencyKey, variantId: variant.id, quantity });
        if (result.ok) {
          // The header's cart badge and drawer are islands: ask them to load the new cart.
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: ME_SUMMARY_KEY }),
            queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY }),
          ]);
          toast.success(`${productName} (${variant.name}) está en tu carrito.`, {
            description: (
              <Link href="/carrito" className="font-semibold text-brand-800 underline">
                Ver carrito
              </Link>
            ),
          });
        } else {
          toast.error(result.message ?? 'No pudimos agregar el producto. Intenta de nuevo.');
        }
      } catch {
        toast.error('No hay conexión con la tienda. Revisa tu internet e intenta de nuevo.');
      } finally {
        inFlight.current = false;
      }
    });
  }

  if (isSoldOut) {
    // The "Avísame cuando vuelva" feature can take this place through `soldOut`.
    if (soldOut) return soldOut;
    return (
      <p
        className="rounded-lg bg-stone-100 px-4 py-3 text-sm font-semibold text-stone-700"
        data-testid="add-to-cart-sold-out"
      >
        {variant.available === 0
          ? 'Agotado por ahora.'
          : `Quedan ${variant.available} unidades: menos que la compra mínima de ${min}.`}
      </p>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <QuantityStepper
        value={quantity}
        min={min}
        max={max}
        onChange={setQuantity}
        label={`Cantidad de ${productName} ${variant.name}`}
        disabled={isPending}
      />
      <button
        type="button"
        onClick={add}
        disabled={isPending || !isHydrated}
        aria-busy={isPending}
        className="inline-flex min-w-52 flex-1 items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70 sm:flex-none"
      >
        <ShoppingBag aria-hidden className="size-5" />
        {isPending ? 'Agregando…' : 'Agregar al carrito'}
      </button>
    </div>
  );
}
