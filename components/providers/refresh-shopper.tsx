'use client';

import { useEffect } from 'react';
import { useRefreshShopper } from './shopper';

/**
 * Asks the header islands to read the shopper summary again when the page mounts: for pages reached
 * through a server action's redirect (a placed order empties the cart), after which the islands' cached
 * answer (components/providers/shopper.ts) would still show the old cart count.
 */
export function RefreshShopper() {
  const refresh = useRefreshShopper();
  useEffect(() => refresh(), [refresh]);
  return null;
}
