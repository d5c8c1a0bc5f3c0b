import { MessageCircle } from 'lucide-react';
import { errorFields, logger } from '@/lib/logger';
import { readStoreSettings } from '@/lib/settings/read-store-settings';
import { DEFAULT_SETTINGS, type StoreDetails } from '@/lib/settings/store-settings';
import { whatsappHref } from '@/lib/settings/store-text';

/** The footer is on every page, error pages included: a failed read shows the defaults, not a crash. */
async function currentStore(): Promise<StoreDetails> {
  try {
    return (await readStoreSettings()).store;
  } catch (error) {
    logger.warn(errorFields(error), 'settings.footer_read_failed');
    return DEFAULT_SETTINGS.store;
  }
}

/** The spa's address, hours and contact lines as the admin set them on /admin/ajustes. */
export async function StoreContact() {
  const store = await currentStore();
  const whatsapp = whatsappHref(store.whatsapp);
  return (
    <div data-testid="store-contact">
      <p className="font-semibold text-stone-900">Visítanos</p>
      <p className="mt-2 font-medium">{store.name}</p>
      <p>
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
