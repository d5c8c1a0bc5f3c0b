import { parsePesos } from '@/lib/admin/shared/pesos';
import { STORE_SETTING_FIELDS, storeDetailsFields } from '@/lib/settings/settings-fields';

/** Form fields typed in pesos, named like their API field without `Cents`. */
const PESO_FIELDS: Record<string, string> = {
  shippingFeeCents: 'shippingFee',
  freeShippingThresholdCents: 'freeShippingThreshold',
};

/** "6.500" → 650000 centavos; "-6.500" → −650000 (refused by the schema as negative); anything else stays text. */
function pesosOrText(raw: string): number | string {
  const negative = raw.startsWith('-');
  const cents = parsePesos(negative ? raw.slice(1) : raw);
  if (cents === null) return raw;
  return negative ? -cents : cents;
}

/**
 * The Ajustes form in the API's terms: money typed in pesos becomes centavos, counts typed as digits
 * become numbers, and every field is sent (a blank one as "" so it gets its own "Escribe …" message
 * instead of silently keeping the old value). Anything that is not plainly a number stays a string,
 * so the strict schema reports that field and all the others in one answer.
 */
export function settingsFormInput(form: FormData): Record<string, unknown> {
  const read = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(STORE_SETTING_FIELDS)) {
    const peso = PESO_FIELDS[key];
    if (peso) {
      input[key] = pesosOrText(read(peso));
      continue;
    }
    const raw = read(key);
    input[key] = /^-?\d{1,9}$/.test(raw) ? Number(raw) : raw;
  }
  input.store = Object.fromEntries(Object.keys(storeDetailsFields).map((field) => [field, read(`store.${field}`)]));
  return input;
}
