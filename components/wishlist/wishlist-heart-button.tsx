'use client';

import { Heart } from 'lucide-react';
import clsx from 'clsx';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { setWishlistedAction } from '@/lib/actions/wishlist/set-wishlisted-action';
import { refreshShopper } from '@/components/providers/shopper';
import { ResumeWishlistAfterSignIn, WISHLIST_PARAM } from './resume-wishlist-after-sign-in';

type WishlistHeartButtonProps = {
  productId: string;
  productSlug: string;
  productName: string;
  isSignedIn: boolean;
  initialSaved: boolean;
  variant: 'card' | 'detail';
  /** Finish a save started before signing in (detail only); off for the placeholder of the island. */
  resume?: boolean;
};

/** Where a guest goes: sign in, then back to the product, which saves it (see ResumeWishlistAfterSignIn). */
export function signInToSaveHref(productSlug: string, productId: string): string {
  const back = `/productos/${productSlug}?${WISHLIST_PARAM}=${productId}`;
  return `/ingresar?next=${encodeURIComponent(back)}&${WISHLIST_PARAM}=${productId}`;
}

const styles = {
  card: 'absolute right-2 top-2 z-10 inline-flex size-10 items-center justify-center rounded-full bg-white/95 shadow-sm ring-1 ring-sand-200 hover:bg-white',
  detail:
    'inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50',
};

export function WishlistHeartButton({
  productId,
  productSlug,
  productName,
  isSignedIn,
  initialSaved,
  variant,
  resume = true,
}: WishlistHeartButtonProps) {
  const [saved, setSaved] = useState(initialSaved);
  const [isPending, startTransition] = useTransition();
  const router = useRouter();
  const queryClient = useQueryClient();
  const heart = (
    <Heart
      aria-hidden
      className={clsx('size-5 transition-colors', saved ? 'fill-clay-600 text-clay-600' : 'text-stone-700')}
    />
  );

  if (!isSignedIn) {
    return (
      <Link
        href={signInToSaveHref(productSlug, productId)}
        className={styles[variant]}
        aria-label={variant === 'card' ? `Inicia sesión para guardar ${productName} en tu lista de deseos` : undefined}
      >
        {heart}
        {variant === 'detail' ? 'Guardar en mi lista' : null}
      </Link>
    );
  }

  const toggle = () => {
    const next = !saved;
    setSaved(next); // optimistic: the heart answers at once, and goes back if the server says no
    startTransition(async () => {
      const result = await setWishlistedAction({ productId, saved: next });
      if (result.ok) {
        void refreshShopper(queryClient);
        if (next)
          toast.success(result.message, {
            action: { label: 'Ver lista', onClick: () => router.push('/cuenta/lista-de-deseos') },
          });
        else toast(result.message);
        return;
      }
      setSaved(!next);
      if (result.code === 'AUTH-REQUIRED') router.push(signInToSaveHref(productSlug, productId));
      else toast.error(result.message ?? 'No pudimos actualizar tu lista de deseos.');
    });
  };

  return (
    <>
      {variant === 'detail' && resume ? (
        // It reads the URL (useSearchParams): its own boundary keeps the cached page's shell static.
        <Suspense fallback={null}>
          <ResumeWishlistAfterSignIn productId={productId} isSaved={saved} onSaved={() => setSaved(true)} />
        </Suspense>
      ) : null}
      <button
        type="button"
        onClick={toggle}
        aria-pressed={variant === 'card' ? saved : undefined}
        aria-label={variant === 'card' ? `Guardar ${productName} en mi lista de deseos` : undefined}
        aria-busy={isPending || undefined}
        className={clsx(styles[variant], isPending && 'cursor-wait')}
      >
        {heart}
        {variant === 'detail' ? (saved ? 'Quitar de mi lista' : 'Guardar en mi lista') : null}
      </button>
    </>
  );
}
