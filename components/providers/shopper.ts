'use client';

import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { MeSummary } from '@/lib/me/get-me-summary';

/*
 * The page islands' view of the shopper. Catalogue pages are the same cached HTML for everyone;
 * what is personal (account menu, bell, cart badge, hearts, which price is "yours") comes from one
 * call to GET /api/v1/me/summary, made only when the hint cookie says there is someone to ask about
 * (lib/http/cookie-names.ts). app/layout.tsx copies the hint onto <html data-shopper> before the first
 * paint, so CSS (app/globals.css) shows a VIP's prices as theirs and keeps the header's personal slots
 * sized while the summary loads.
 */

export const ME_SUMMARY_KEY = ['me', 'summary'] as const;
export const SHOPPER_HINT_COOKIE = 'botica_shopper';

export type ShopperHint = 'vip' | 'member' | 'cart' | null;

/** Copies the hint onto <html data-shopper> (what the CSS of app/globals.css switches on). */
export function applyHintToDocument(hint: ShopperHint): void {
  const root = document.documentElement;
  if (hint === 'vip' || hint === 'member') root.dataset.shopper = hint;
  else delete root.dataset.shopper;
}

function readHint(): ShopperHint {
  const match = /(?:^|;\s*)botica_shopper=(vip|member|cart)(?:;|$)/.exec(document.cookie);
  return (match?.[1] as ShopperHint) ?? null;
}

/*
 * Sign-in, sign-out and a guest's first "add to cart" change the cookie without reloading the root
 * layout (the islands live there), so the hint is re-read twice a second and on focus: a string
 * compare, re-rendering only when it changed.
 */
function subscribeToHint(onChange: () => void): () => void {
  const timer = window.setInterval(onChange, 500);
  window.addEventListener('focus', onChange);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('focus', onChange);
  };
}

/** The hint cookie; null while rendering on the server and during hydration. */
export function useShopperHint(): ShopperHint | undefined {
  return useSyncExternalStore(subscribeToHint, readHint, () => undefined);
}

/** Mirrors the server's answer onto <html> (the hint cookie itself is rewritten by the response). */
function syncDocument(summary: MeSummary): void {
  applyHintToDocument(summary.user ? (summary.user.isVip ? 'vip' : 'member') : null);
}

async function fetchSummary(): Promise<MeSummary> {
  const res = await fetch('/api/v1/me/summary', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`me/summary ${res.status}`);
  const summary = (await res.json()) as MeSummary;
  syncDocument(summary);
  return summary;
}

const ANONYMOUS: MeSummary = { user: null, cartItemCount: 0, wishlistProductIds: [], unreadNotifications: 0 };

/**
 * The shopper summary. `status` is `anonymous` when there is no hint (final at once, no request),
 * `loading` while the call is under way (islands keep their size and show nothing personal yet),
 * `ready`, or `unavailable` when it failed (islands fall back quietly to the anonymous view).
 */
export function useShopper(): {
  status: 'pending' | 'anonymous' | 'loading' | 'ready' | 'unavailable';
  summary: MeSummary;
} {
  const hint = useShopperHint();
  const query = useQuery({
    // Keyed by the hint too: signing in or out (which rewrites it) must never show the previous answer.
    queryKey: [...ME_SUMMARY_KEY, hint ?? null],
    queryFn: fetchSummary,
    enabled: Boolean(hint),
    staleTime: 5_000,
    refetchOnWindowFocus: true,
  });
  if (hint === undefined) return { status: 'pending', summary: ANONYMOUS };
  if (!hint) return { status: 'anonymous', summary: ANONYMOUS };
  if (query.data) return { status: 'ready', summary: query.data };
  if (query.isError) return { status: 'unavailable', summary: ANONYMOUS };
  return { status: 'loading', summary: ANONYMOUS };
}

/** After a change made through a server action (cart, wishlist, notifications): ask again. */
export function refreshShopper(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ME_SUMMARY_KEY });
}

export function useRefreshShopper(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ME_SUMMARY_KEY });
    void queryClient.invalidateQueries({ queryKey: ['cart'] });
  }, [queryClient]);
}
