'use client';

import { useQuery } from '@tanstack/react-query';
import { Bell, ShoppingBag, UserRound, X } from 'lucide-react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CartCountBadge } from '@/components/cart/cart-count-badge';
import { MergeNoticeToaster, type MergeNoticeView } from '@/components/cart/merge-notice-toaster';
import { CART_QUERY_KEY } from '@/components/cart/cart-query-key';
import { useIsHydrated } from '@/components/cart/use-is-hydrated';
import { unreadLabel } from '@/components/notifications/notification-bell-link';
import { applyHintToDocument, useShopper, useShopperHint } from '@/components/providers/shopper';
import type { CartView } from '@/lib/cart/get-cart-view';
import type { MeSummary } from '@/lib/me/get-me-summary';
import { signOutAction } from '@/lib/actions/auth/sign-out-action';

// The drawer's contents (lines, steppers, the cart's server actions) load when the drawer first opens:
// every page ships this header, and most visits never open the cart.
const CartContents = dynamic(() => import('@/components/cart/cart-contents').then((m) => m.CartContents), {
  ssr: false,
  loading: () => (
    <p role="status" className="p-6 text-sm text-stone-700">
      Cargando tu carrito…
    </p>
  ),
});

const SLOT =
  'inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50';

function unitsLabel(count: number): string {
  return count === 1 ? '1 unidad' : `${count} unidades`;
}

/**
 * The header's personal parts — account menu, bell, cart — as islands over the cached page. Before
 * the summary arrives the HTML holds both the guest's "Ingresar" and a same-sized placeholder; CSS
 * shows the one the hint cookie calls for (app/globals.css), so nothing moves and nothing personal is
 * ever in the cached HTML. If the summary cannot be loaded, the guest view stays.
 */
export function HeaderIslands() {
  const hint = useShopperHint();
  const { status, summary } = useShopper();
  useEffect(() => {
    if (hint !== undefined) applyHintToDocument(hint);
  }, [hint]);
  const known = status === 'ready' || status === 'anonymous' || status === 'unavailable';
  return (
    <>
      {known ? <AccountMenu user={summary.user} /> : <AccountPlaceholder />}
      {summary.user ? <BellLink unread={summary.unreadNotifications} /> : !known ? <BellPlaceholder /> : null}
      <CartMenu count={summary.cartItemCount} />
      <MergeNotices hint={hint} />
    </>
  );
}

function AccountPlaceholder() {
  return (
    <>
      <Link href="/ingresar" className={`guest-only ${SLOT}`}>
        <UserRound aria-hidden className="size-5" />
        Ingresar
      </Link>
      <span aria-hidden className={`shopper-only ${SLOT} w-28`} data-testid="account-placeholder">
        <UserRound aria-hidden className="size-5" />
      </span>
    </>
  );
}

function BellPlaceholder() {
  return (
    <span aria-hidden className={`shopper-only ${SLOT}`}>
      <Bell aria-hidden className="size-5 text-stone-300" />
    </span>
  );
}

function AccountMenu({ user }: { user: MeSummary['user'] }) {
  if (!user) {
    return (
      <Link href="/ingresar" className={SLOT}>
        <UserRound aria-hidden className="size-5" />
        Ingresar
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className={`cursor-pointer list-none ${SLOT}`}>
        <UserRound aria-hidden className="size-5" />
        <span className="max-w-32 truncate">{user.name.split(' ')[0]}</span>
        {user.isVip ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">VIP</span>
        ) : null}
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-56 rounded-xl border border-sand-200 bg-white p-2 shadow-lg">
        <Link href="/cuenta" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
          Mi cuenta
        </Link>
        <Link href="/cuenta/pedidos" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
          Mis pedidos
        </Link>
        <Link href="/cuenta/notificaciones" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
          Notificaciones
        </Link>
        <Link href="/cuenta/lista-de-deseos" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
          Lista de deseos
        </Link>
        <Link href="/cuenta/saldo" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
          Saldo a favor
        </Link>
        {user.role !== 'CUSTOMER' ? (
          <Link href="/admin" className="block rounded-lg px-3 py-2 text-sm hover:bg-sand-100">
            Administración
          </Link>
        ) : null}
        <form action={signOutAction}>
          <button type="submit" className="w-full rounded-lg px-3 py-2 text-left text-sm text-red-800 hover:bg-red-50">
            Cerrar sesión
          </button>
        </form>
      </div>
    </details>
  );
}

function BellLink({ unread }: { unread: number }) {
  const shown = unread > 99 ? '99+' : String(unread);
  return (
    <Link
      href="/cuenta/notificaciones"
      aria-label={unreadLabel(unread)}
      data-testid="notification-bell"
      className={`relative ${SLOT}`}
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute top-1 right-1 min-w-5 rounded-full bg-clay-600 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}

async function fetchCart(): Promise<CartView> {
  const res = await fetch('/api/v1/cart', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`cart ${res.status}`);
  return (await res.json()) as CartView;
}

/**
 * The cart button and its drawer. The count comes from the summary; the drawer loads the cart when it
 * opens. A native modal <dialog> gives focus trapping, Escape to close and an inert page behind it.
 * Before hydration (or without JavaScript) the button is a plain link to the cart page.
 */
function CartMenu({ count }: { count: number }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const isHydrated = useIsHydrated();
  const cart = useQuery({ queryKey: CART_QUERY_KEY, queryFn: fetchCart, enabled: isOpen });
  const label = `Carrito, ${unitsLabel(count)}`;
  const content = (
    <>
      <ShoppingBag aria-hidden className="size-5" />
      <span aria-hidden className="hidden sm:inline">
        Carrito
      </span>
      <CartCountBadge count={count} />
    </>
  );
  const close = () => dialogRef.current?.close();
  return (
    <>
      {isHydrated ? (
        <button
          type="button"
          onClick={() => {
            dialogRef.current?.showModal();
            setIsOpen(true);
          }}
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          aria-controls="mini-cart"
          aria-label={label}
          className={`relative ${SLOT}`}
          data-testid="cart-trigger"
        >
          {content}
        </button>
      ) : (
        <Link href="/carrito" aria-label={label} className={`relative ${SLOT}`} data-testid="cart-trigger">
          {content}
        </Link>
      )}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {count > 0 ? `Tu carrito tiene ${unitsLabel(count)}.` : ''}
      </p>
      <dialog
        id="mini-cart"
        ref={dialogRef}
        aria-labelledby="mini-cart-title"
        onClose={() => setIsOpen(false)}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> itself.
          if (event.target === event.currentTarget) close();
        }}
        className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-md bg-sand-50 p-0 text-stone-900 shadow-2xl backdrop:bg-stone-900/40 open:flex open:flex-col"
      >
        <div className="flex items-center justify-between border-b border-sand-200 bg-white px-4 py-3">
          <h2 id="mini-cart-title" className="font-serif text-xl text-brand-900">
            Tu carrito
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded-lg p-2 text-stone-700 hover:bg-sand-100"
            aria-label="Cerrar carrito"
          >
            <X aria-hidden className="size-5" />
          </button>
        </div>
        {isOpen && cart.data ? <CartContents cart={cart.data} layout="drawer" onNavigate={close} /> : null}
        {isOpen && cart.isPending ? (
          <p role="status" className="p-6 text-sm text-stone-700">
            Cargando tu carrito…
          </p>
        ) : null}
        {isOpen && cart.isError ? (
          <p role="alert" className="p-6 text-sm text-stone-700">
            No pudimos cargar tu carrito. <Link href="/carrito">Ver el carrito</Link>
          </p>
        ) : null}
      </dialog>
    </>
  );
}

/** Notices left by a sign-in that merged the guest cart (a short-lived, script-readable cookie). */
function MergeNotices({ hint }: { hint: string | null | undefined }) {
  // Looked at again when the hint changes: a sign-in leaves both cookies at once.
  const notices = useMemo(() => (hint === undefined ? [] : readMergeNotices()), [hint]);
  return notices.length > 0 ? <MergeNoticeToaster notices={notices} cookieName="botica_cart_notice" /> : null;
}

function readMergeNotices(): MergeNoticeView[] {
  const raw = /(?:^|;\s*)botica_cart_notice=([^;]*)/.exec(document.cookie)?.[1];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(raw));
    return Array.isArray(parsed) ? parsed.filter((n): n is MergeNoticeView => typeof n?.message === 'string') : [];
  } catch {
    return []; // unreadable notices are dropped
  }
}
