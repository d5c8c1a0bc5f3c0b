'use client';

import { COLOMBIAN_DEPARTMENTS } from '@/lib/checkout/colombia';

export type AddressDraft = { line1: string; city: string; department: string; phone: string; notes: string };

export const emptyAddress: AddressDraft = { line1: '', city: '', department: '', phone: '', notes: '' };

type AddressFieldsProps = {
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  /** Messages keyed like the server's `details.fields`: `address.line1`, `address.city`, … */
  errors?: Record<string, string>;
};

const control =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600';

function describedBy(id: string, error?: string, hint?: string) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  if (error) {
    return (
      <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
      {hint}
    </p>
  ) : null;
}

/** The structured Colombian delivery address (#15), every field with its own Spanish message. */
export function AddressFields({ value, onChange, errors = {} }: AddressFieldsProps) {
  const set = (field: keyof AddressDraft) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });
  const line1Hint = 'Tipo de vía y número, p. ej. «Calle 123 #45-67, Apto 301» o «Cra 7 # 12-34».';
  const phoneHint = 'Celular de 10 dígitos o fijo con indicativo (601…). Te llamamos si hay novedades.';
  return (
    <fieldset className="space-y-4">
      <legend className="font-serif text-xl text-brand-900">2. Dirección de entrega</legend>
      <div>
        <label htmlFor="address-line1" className="block text-sm font-medium text-stone-800">
          Dirección
        </label>
        <input
          id="address-line1"
          name="address.line1"
          autoComplete="street-address"
          maxLength={200}
          value={value.line1}
          onChange={set('line1')}
          aria-invalid={errors['address.line1'] ? true : undefined}
          aria-describedby={describedBy('address-line1', errors['address.line1'], line1Hint)}
          className={control}
        />
        <Message id="address-line1" error={errors['address.line1']} hint={line1Hint} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="address-city" className="block text-sm font-medium text-stone-800">
            Ciudad o municipio
          </label>
          <input
            id="address-city"
            name="address.city"
            autoComplete="address-level2"
            maxLength={80}
            value={value.city}
            onChange={set('city')}
            aria-invalid={errors['address.city'] ? true : undefined}
            aria-describedby={describedBy('address-city', errors['address.city'])}
            className={control}
          />
          <Message id="address-city" error={errors['address.city']} />
        </div>
        <div>
          <label htmlFor="address-department" className="block text-sm font-medium text-stone-800">
            Departamento
          </label>
          <select
            id="address-department"
            name="address.department"
            autoComplete="address-level1"
            value={value.department}
            onChange={set('department')}
            aria-invalid={errors['address.department'] ? true : undefined}
            aria-describedby={describedBy('address-department', errors['address.department'])}
            className={control}
          >
            <option value="">Elige un departamento</option>
            {COLOMBIAN_DEPARTMENTS.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </select>
          <Message id="address-department" error={errors['address.department']} />
        </div>
      </div>
      <div>
        <label htmlFor="address-phone" className="block text-sm font-medium text-stone-800">
          Teléfono de contacto
        </label>
        <input
          id="address-phone"
          name="address.phone"
          type="tel"
          autoComplete="tel-national"
          inputMode="tel"
          maxLength={30}
          value={value.phone}
          onChange={set('phone')}
          aria-invalid={errors['address.phone'] ? true : undefined}
          aria-describedby={describedBy('address-phone', errors['address.phone'], phoneHint)}
          className={control}
        />
        <Message id="address-phone" error={errors['address.phone']} hint={phoneHint} />
      </div>
      <div>
        <label htmlFor="address-notes" className="block text-sm font-medium text-stone-800">
          Indicaciones para la entrega <span className="font-normal text-stone-600">(opcional)</span>
        </label>
        <textarea
          id="address-notes"
          name="address.notes"
          rows={2}
          maxLength={300}
          value={value.notes}
          onChange={set('notes')}
          aria-invalid={errors['address.notes'] ? true : undefined}
          aria-describedby={describedBy('address-notes', errors['address.notes'])}
          className={control}
          placeholder="Torre, interior, portería, horario…"
        />
        <Message id="address-notes" error={errors['address.notes']} />
      </div>
    </fieldset>
  );
}
