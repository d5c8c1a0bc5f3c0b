import { cacheLife, cacheTag } from 'next/cache';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';
import Link from 'next/link';
import { StoreContact } from './store-contact';

/**
 * Cached like the catalogue (the year is read when the entry is made), with the store's contact details
 * from the settings inside: tagged STORE_SETTINGS_TAG, which a settings change expires in every process
 * (lib/settings/invalidate-store-settings.ts). The catalogue's short revalidation also heals a footer
 * cached while the settings could not be read (it shows the defaults then).
 */
export async function SiteFooter() {
  'use cache';
  cacheLife('catalog');
  cacheTag(STORE_SETTINGS_TAG);
  return (
    <footer className="mt-16 border-t border-sand-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-stone-700 sm:grid-cols-3">
        <div>
          <p className="font-serif text-lg text-brand-800">Botica</p>
          <p className="mt-2">Productos del spa para cuidarte en casa. Recoge en el spa o recibe en tu puerta.</p>
        </div>
        <StoreContact />
        <div>
          <p className="font-semibold text-stone-900">Pagos seguros</p>
          <p className="mt-2">Pagas con Wompi en pesos colombianos (COP).</p>
          <p className="mt-2">
            <Link href="/terminos" className="underline hover:text-brand-800">
              Términos de compra
            </Link>
          </p>
        </div>
      </div>
      <p className="pb-6 text-center text-xs text-stone-600">© {new Date().getFullYear()} Botica Spa</p>
    </footer>
  );
}
