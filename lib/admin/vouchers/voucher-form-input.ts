import { convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';

/**
 * The voucher form in the API's terms: a FIXED value and the minimum order are typed in pesos, a
 * PERCENT value is a plain number. `clearBlanks` (edit form) turns blank optional fields into null.
 */
export function voucherFormInput(form: FormData, { clearBlanks }: { clearBlanks: boolean }): Record<string, unknown> {
  const raw = formDataToObject(form);
  const pesoKeys = raw.kind === 'FIXED' ? ['minOrder', 'value'] : ['minOrder'];
  const { value, valueCents, ...rest } = convertPesoFields(raw, pesoKeys);
  const input: Record<string, unknown> = {
    ...rest,
    value: valueCents ?? value,
    minOrderCents: rest.minOrderCents ?? 0,
    isActive: form.get('isActive') !== null,
  };
  if (clearBlanks) for (const key of ['startsAt', 'endsAt', 'maxUses', 'maxUsesPerUser']) input[key] ??= null;
  if (clearBlanks) input.description ??= '';
  return input;
}
