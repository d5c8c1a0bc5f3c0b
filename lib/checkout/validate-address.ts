import { AppError } from '@/lib/errors';
import type { AddressInput } from './checkout-schema';
import { DEPARTMENT_SET } from './checkout-schema';
import { addressLineProblem, normalizeColombianPhone } from './colombia';

export type ValidAddress = { line1: string; city: string; department: string; phone: string; notes: string | null };

/** #15: every field of a home-delivery address, with one Spanish message per problem (422 MKT-ADDRESS-INVALID). */
export function validateDeliveryAddress(address: AddressInput | undefined): ValidAddress {
  const fields: Record<string, string> = {};
  if (!address) {
    fields['address.line1'] = 'Escribe la dirección de entrega.';
  } else {
    const problem = address.line1 ? addressLineProblem(address.line1) : 'ROAD_TYPE';
    if (!address.line1) fields['address.line1'] = 'Escribe la dirección de entrega.';
    else if (problem === 'ROAD_TYPE')
      fields['address.line1'] =
        'Empieza con el tipo de vía: Calle, Carrera, Avenida, Transversal, Diagonal… (p. ej. «Calle 123 #45-67»).';
    else if (problem === 'NUMBERING')
      fields['address.line1'] =
        'Usa la nomenclatura colombiana: número de vía, «#», número y placa (p. ej. «Calle 123 #45-67»).';
    if (address.city.length < 2) fields['address.city'] = 'Escribe la ciudad.';
    if (!DEPARTMENT_SET.has(address.department)) fields['address.department'] = 'Elige un departamento de la lista.';
    if (!normalizeColombianPhone(address.phone))
      fields['address.phone'] =
        'Escribe un celular de 10 dígitos (p. ej. 300 123 4567) o un fijo con indicativo (601…).';
  }
  if (Object.keys(fields).length > 0 || !address) {
    throw new AppError({
      code: 'MKT-ADDRESS-INVALID',
      status: 422,
      message: 'Revisa la dirección de entrega.',
      details: { fields },
    });
  }
  return {
    line1: address.line1,
    city: address.city,
    department: address.department,
    phone: normalizeColombianPhone(address.phone) ?? address.phone,
    notes: address.notes ? address.notes : null,
  };
}
