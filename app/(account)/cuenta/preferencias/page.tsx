import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PreferencesForm } from '@/components/account/preferences-form';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { getPreferences } from '@/lib/notifications/preferences';

// Per shopper on every request (Cache Components' documented "allowed to block"; docs/catalog.md).
export const instant = false;

export const metadata: Metadata = { title: 'Preferencias de notificaciones' };

export default async function PreferencesPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/preferencias');
  const preferences = await getPreferences(getDb(), user.id);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <nav aria-label="Migas de pan" className="text-sm text-stone-600">
        <Link href="/cuenta" className="hover:underline">
          Mi cuenta
        </Link>
      </nav>
      <h1 className="mt-2 mb-6 font-serif text-3xl text-brand-900">Preferencias de notificaciones</h1>
      <div className="rounded-2xl border border-sand-200 bg-white p-6">
        <PreferencesForm preferences={preferences} />
      </div>
    </div>
  );
}
