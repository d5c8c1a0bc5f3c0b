import Link from 'next/link';
import { UserRound } from 'lucide-react';
import type { CurrentUser } from '@/lib/auth/guards';
import { signOutAction } from '@/lib/actions/auth/sign-out-action';

export function AccountMenu({ user }: { user: CurrentUser | null }) {
  if (!user) {
    return (
      <Link
        href="/ingresar"
        className="inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        <UserRound aria-hidden className="size-5" />
        Ingresar
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">
        <UserRound aria-hidden className="size-5" />
        <span className="max-w-32 truncate">{user.name.split(' ')[0]}</span>
        {user.isVip ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">VIP</span>
        ) : null}
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-56 rounded-xl border border-sand-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 py-2 text-sm text-stone-600">{user.email}</p>
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
