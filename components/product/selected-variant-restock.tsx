'use client';

import { useQuery } from '@tanstack/react-query';
import { useShopper } from '@/components/providers/shopper';
import { RestockSubscribeButton } from './restock-subscribe-button';
import { useSelectedVariant } from './variant-selection';

async function fetchSubscribed(variantId: string): Promise<boolean> {
  const res = await fetch(`/api/v1/variants/${variantId}/restock-subscription`, { cache: 'no-store' });
  if (!res.ok) return false;
  return ((await res.json()) as { subscribed: boolean }).subscribed;
}

/**
 * Fills the add-to-cart slot when the selected presentation is sold out: "Avísame cuando vuelva" for
 * that variant. The page is cached HTML, so whether this shopper already waits is asked here.
 */
export function SelectedVariantRestock() {
  const { variant } = useSelectedVariant();
  const { summary } = useShopper();
  const subscribed = useQuery({
    queryKey: ['restock-subscription', variant.id],
    queryFn: () => fetchSubscribed(variant.id),
    enabled: summary.user !== null,
  });
  return (
    <div className="space-y-2">
      <p className="font-semibold text-clay-600">Agotado por ahora</p>
      <RestockSubscribeButton
        key={`${variant.id}:${subscribed.data ?? false}`}
        variantId={variant.id}
        initialSubscribed={subscribed.data ?? false}
      />
    </div>
  );
}
