'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useOptimistic, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { removeCartItemAction } from '@/lib/actions/cart/remove-cart-item-action';
import { updateCartItemAction } from '@/lib/actions/cart/update-cart-item-action';
import type { CartView } from '@/lib/cart/get-cart-view';
import { ME_SUMMARY_KEY } from '@/components/providers/shopper';
import { CART_QUERY_KEY } from './cart-query-key';
import { applyCartChange } from './optimistic-cart';

export { CART_QUERY_KEY };

const FALLBACK_ERROR = 'No pudimos actualizar tu carrito. Intenta de nuevo.';

/**
 * The cart as the shopper sees it while their changes travel: quantity changes and removals apply on
 * this frame; when the action ends the server's cart (refreshed by the action) takes over, and when
 * it fails the previous cart comes back on its own and a toast says why.
 */
export function useOptimisticCart(cart: CartView) {
  const [optimisticCart, applyChange] = useOptimistic(cart, applyCartChange);
  const [isPending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  // The header's badge and drawer are islands fed by queries: the optimistic cart holds until they
  // have the server's new cart (the cart page itself is refreshed by the action).
  const refetch = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: ME_SUMMARY_KEY }),
    ]);

  function setQuantity(itemId: string, quantity: number) {
    startTransition(async () => {
      applyChange({ type: 'quantity', itemId, quantity });
      const result = await updateCartItemAction({ itemId, quantity });
      await refetch();
      if (!result.ok)
        toast.error(result.message ?? FALLBACK_ERROR, { description: 'Dejamos la cantidad como estaba.' });
    });
  }

  function removeLine(itemId: string, productName: string) {
    startTransition(async () => {
      applyChange({ type: 'remove', itemId });
      const result = await removeCartItemAction({ itemId });
      await refetch();
      if (result.ok) toast.success(`Quitamos «${productName}» del carrito.`);
      else toast.error(result.message ?? FALLBACK_ERROR, { description: 'El producto sigue en tu carrito.' });
    });
  }

  return { cart: optimisticCart, isPending, setQuantity, removeLine };
}
