'use client';

import { RestockSubscribeButton } from './restock-subscribe-button';
import { useSelectedVariant } from './variant-selection';

/**
 * Fills the add-to-cart slot when the selected presentation is sold out: "Avísame cuando vuelva" for
 * that variant, starting from the server's knowledge of the shopper's subscriptions.
 */
export function SelectedVariantRestock({ subscribedVariantIds }: { subscribedVariantIds: string[] }) {
  const { variant } = useSelectedVariant();
  return (
    <div className="space-y-2">
      <p className="font-semibold text-clay-600">Agotado por ahora</p>
      <RestockSubscribeButton
        key={variant.id}
        variantId={variant.id}
        initialSubscribed={subscribedVariantIds.includes(variant.id)}
      />
    </div>
  );
}
