'use client';

import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { VariantDetail } from '@/lib/catalog/types';

type VariantSelection = {
  variants: VariantDetail[];
  variant: VariantDetail;
  variantId: string;
  selectVariant: (variantId: string) => void;
};

const VariantSelectionContext = createContext<VariantSelection | null>(null);

const noSubscribe = () => () => {};
const readRequestedSku = () => new URLSearchParams(window.location.search).get('variante');

/**
 * Holds the variant the shopper picked on a product page. Anything rendered inside it (the picker,
 * the price panel, and the cart feature's "Agregar al carrito" button in the page's slot) reads the
 * same selection with `useSelectedVariant()`. The choice is mirrored in the URL (`?variante=<sku>`) so
 * a shared link opens on the same presentation; `onChange` is for callers that need a callback.
 */
export function VariantSelectionProvider({
  variants,
  initialVariantId,
  onChange,
  children,
}: {
  variants: VariantDetail[];
  initialVariantId: string;
  onChange?: (variant: VariantDetail) => void;
  children: ReactNode;
}) {
  const [chosenId, setVariantId] = useState<string | null>(null);
  // The page is cached HTML without the query string: a link to `?variante=<sku>` is honoured here.
  const requestedSku = useSyncExternalStore(noSubscribe, readRequestedSku, () => null);
  const variantId = chosenId ?? variants.find((v) => v.sku === requestedSku)?.id ?? initialVariantId;
  const variant = variants.find((v) => v.id === variantId) ?? variants[0];

  const selectVariant = useCallback(
    (id: string) => {
      const next = variants.find((v) => v.id === id);
      if (!next) return;
      setVariantId(id);
      onChange?.(next);
      const url = new URL(window.location.href);
      url.searchParams.set('variante', next.sku);
      window.history.replaceState(window.history.state, '', url);
    },
    [variants, onChange],
  );

  const value = useMemo(
    () => (variant ? { variants, variant, variantId: variant.id, selectVariant } : null),
    [variants, variant, selectVariant],
  );
  return <VariantSelectionContext.Provider value={value}>{children}</VariantSelectionContext.Provider>;
}

/** The selected variant of the product page this component is rendered in. */
export function useSelectedVariant(): VariantSelection {
  const selection = useContext(VariantSelectionContext);
  if (!selection) throw new Error('useSelectedVariant must be used inside <VariantSelectionProvider>');
  return selection;
}
