import { MessageCircle } from 'lucide-react';
import { readStoreSettings } from '@/lib/settings/read-store-settings';
import { whatsappHref } from '@/lib/settings/store-text';

/** The spa's address, hours and contact lines as the admin set them on /admin/ajustes. */
export async function StoreContact() {
  const { store } = await readStoreSettings();
  const whatsapp = whatsappHref(store.whatsapp);
  return (
    <div data-testid="store-contact">
      <p className="font-semibold text-stone-900">Visítanos</p>
      <p className="mt-2">
        {store.address}, {store.city}
      </p>
      <p>{store.hours}</p>
      <p className="mt-2">
        Tel.{' '}
        <a href={`tel:${store.phone.replace(/[^\d+]/g, '')}`} className="underline hover:text-brand-800">
          {store.phone}
        </a>
      </p>
      <p>
        <a href={`mailto:${store.email}`} className="underline hover:text-brand-800">
          {store.email}
        </a>
      </p>
      {whatsapp ? (
        <p className="mt-2">
          <a
            href={whatsapp}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1.5 font-semibold text-brand-800 underline hover:text-brand-900"
          >
            <MessageCircle aria-hidden className="size-4" />
            WhatsApp {store.whatsapp}
          </a>
        </p>
      ) : null}
    </div>
  );
}
