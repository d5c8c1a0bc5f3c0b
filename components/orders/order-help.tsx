import { MessageCircle } from 'lucide-react';
import { readStoreSettings } from '@/lib/settings/read-store-settings';
import { whatsappHref } from '@/lib/settings/store-text';

/** "¿Dudas? Escríbenos": a WhatsApp chat with the spa that already names the order. */
export async function OrderHelp({ orderNumber }: { orderNumber: number | string }) {
  const { store } = await readStoreSettings();
  const href = whatsappHref(store.whatsapp, `Hola, ${store.name}: tengo una pregunta sobre mi pedido #${orderNumber}.`);
  return (
    <p className="rounded-2xl border border-sand-200 bg-white p-5 text-sm text-stone-700" data-testid="order-help">
      ¿Dudas?{' '}
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex items-center gap-1 font-semibold text-brand-700 underline"
        >
          <MessageCircle aria-hidden className="size-4" />
          Escríbenos por WhatsApp
        </a>
      ) : (
        <a href={`mailto:${store.email}`} className="font-semibold text-brand-700 underline">
          Escríbenos
        </a>
      )}{' '}
      o llámanos al {store.phone}.
    </p>
  );
}
