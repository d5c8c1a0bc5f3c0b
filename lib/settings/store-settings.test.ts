import { describe, expect, it } from 'vitest';
import { parseSettingsPatch } from './settings-patch';
import { DEFAULT_SETTINGS, settingsFromRows } from './store-settings';

describe('settingsFromRows', () => {
  it('uses the defaults for keys never saved', () => {
    expect(settingsFromRows([])).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per key: one malformed row does not reset the others', () => {
    const settings = settingsFromRows([
      { key: 'shippingFeeCents', value: 800_000 },
      { key: 'reservationTtlMinutes', value: 'treinta' },
      { key: 'returnWindowDays', value: 9_999 },
      { key: 'somethingElse', value: 1 },
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, shippingFeeCents: 800_000 });
  });

  it('merges a stored store object over the defaults, field by field', () => {
    const settings = settingsFromRows([{ key: 'store', value: { hours: 'Todos los días' } }]);
    expect(settings.store).toEqual({ ...DEFAULT_SETTINGS.store, hours: 'Todos los días' });
    expect(settingsFromRows([{ key: 'store', value: { email: 'no' } }]).store).toEqual(DEFAULT_SETTINGS.store);
  });
});

describe('parseSettingsPatch', () => {
  it('takes any subset, store fields included, trimmed', () => {
    expect(parseSettingsPatch({ cartTtlDays: 7, store: { city: '  Medellín ' } })).toEqual({
      cartTtlDays: 7,
      store: { city: 'Medellín' },
    });
    expect(parseSettingsPatch({})).toEqual({});
  });

  it('reports every bad field at once, unknown names under their own name', () => {
    let fields: Record<string, string> = {};
    try {
      parseSettingsPatch({
        shippingFeeCents: '6500',
        reservationTtlMinutes: 1441,
        colour: 'verde',
        store: { whatsapp: '601 743 2093', web: 'x' },
      });
    } catch (error) {
      fields = (error as { details: { fields: Record<string, string> } }).details.fields;
    }
    expect(fields).toEqual({
      shippingFeeCents: 'Escribe un valor en pesos.',
      reservationTtlMinutes: 'La reserva puede durar máximo 24 horas (1440 minutos).',
      colour: 'Este ajuste no existe.',
      'store.whatsapp': expect.stringContaining('celular'),
      'store.web': 'Este ajuste no existe.',
    });
  });
});
