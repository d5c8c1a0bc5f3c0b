import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE_IDENTITY, storeIdentityFrom } from './store-identity';

describe('storeIdentityFrom', () => {
  it('uses the store group of the settings when it exists', () => {
    const identity = storeIdentityFrom({
      shippingFeeCents: 1,
      store: {
        name: 'Botica',
        address: 'Carrera 7 #1-2',
        city: 'Medellín',
        hours: 'Lunes 8:00 a 12:00',
        phone: '+57 300',
      },
    });
    expect(identity).toMatchObject({ name: 'Botica', address: 'Carrera 7 #1-2', city: 'Medellín', phone: '+57 300' });
  });

  it('falls back field by field to what the store showed before, on missing or malformed values', () => {
    expect(storeIdentityFrom({})).toEqual(DEFAULT_STORE_IDENTITY);
    expect(storeIdentityFrom({ store: { city: 42, address: '' } })).toEqual(DEFAULT_STORE_IDENTITY);
    expect(storeIdentityFrom(null)).toEqual(DEFAULT_STORE_IDENTITY);
  });
});
