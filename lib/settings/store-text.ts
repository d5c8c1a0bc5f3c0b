import type { StoreDetails } from './settings-fields';
import { whatsappDigits } from './settings-fields';

/** "Calle 93 #11-26, Bogotá. Lunes a sábado, 9:00 a 19:00." — where and when to pick up an order. */
export function pickupPlaceText(store: Pick<StoreDetails, 'address' | 'city' | 'hours'>): string {
  const hours = store.hours.replace(/[.\s]+$/, '');
  return `${store.address}, ${store.city}. ${hours}.`;
}

/** The wa.me link that opens a chat with the spa, or null when the number is not a mobile. */
export function whatsappHref(whatsapp: string, text?: string): string | null {
  const digits = whatsappDigits(whatsapp);
  if (!digits) return null;
  return `https://wa.me/${digits}${text ? `?text=${encodeURIComponent(text)}` : ''}`;
}
