import { describe, expect, it } from 'vitest';
import { pickupPlaceText, whatsappHref } from './store-text';

describe('store text', () => {
  it('writes the pickup place as one sentence, whatever the hours end with', () => {
    const store = { address: 'Calle 93 #11-26', city: 'Bogotá', hours: 'Lunes a sábado, 9:00 a 19:00' };
    expect(pickupPlaceText(store)).toBe('Calle 93 #11-26, Bogotá. Lunes a sábado, 9:00 a 19:00.');
    expect(pickupPlaceText({ ...store, hours: 'Todos los días, 8:00 a 20:00. ' })).toBe(
      'Calle 93 #11-26, Bogotá. Todos los días, 8:00 a 20:00.',
    );
  });

  it('links a Colombian mobile to WhatsApp with the country code, and nothing else', () => {
    expect(whatsappHref('+57 300 123 4567')).toBe('https://wa.me/573001234567');
    expect(whatsappHref('300-123-4567', 'Pedido #12')).toBe('https://wa.me/573001234567?text=Pedido%20%2312');
    expect(whatsappHref('601 743 2093')).toBeNull();
  });
});
