'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { toast } from '@/components/ui/toast';
import { setWishlistedAction } from '@/lib/actions/wishlist/set-wishlisted-action';

export const WISHLIST_PARAM = 'wishlist';

/**
 * A guest who tapped the heart signs in and lands back on the product with `?wishlist=<productId>`.
 * This saves it then, through the server action (a POST), never during the GET render, and only for
 * the product of the page itself; then it drops the parameter so a reload does nothing.
 */
export function ResumeWishlistAfterSignIn({
  productId,
  isSaved,
  onSaved,
}: {
  productId: string;
  isSaved: boolean;
  onSaved: () => void;
}) {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const started = useRef(false);
  const wanted = params.get(WISHLIST_PARAM) === productId;

  useEffect(() => {
    if (!wanted || started.current) return;
    started.current = true;
    const rest = new URLSearchParams(params);
    rest.delete(WISHLIST_PARAM);
    const cleanUrl = `${pathname}${rest.size > 0 ? `?${rest}` : ''}`;
    void (async () => {
      const result = isSaved
        ? { ok: true, message: 'Ya está en tu lista de deseos.' }
        : await setWishlistedAction({ productId, saved: true });
      if (result.ok) {
        onSaved();
        toast.success(result.message ?? 'Guardado en tu lista de deseos.');
      } else {
        toast.error(result.message ?? 'No pudimos guardarlo en tu lista de deseos.');
      }
      router.replace(cleanUrl, { scroll: false });
    })();
  }, [wanted, isSaved, params, pathname, productId, onSaved, router]);

  return null;
}
