'use client';

import type { InputHTMLAttributes } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { centsToPesosInput } from '@/lib/admin/shared/pesos';
import type { ActionState } from '@/lib/http/action-state-shape';
import { formatCop } from '@/lib/money';
import type { StoreSettings } from '@/lib/settings/store-settings';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

type Field = {
  /** The form field name (money without `Cents`, the spa's details as `store.<field>`). */
  name: string;
  label: string;
  unit?: string;
  /** What changing it does, in the admin's words. */
  help: string;
  value: string;
  /** The saved value as the admin should read it. */
  current: string;
  input?: InputHTMLAttributes<HTMLInputElement>;
};

type Group = { title: string; description: string; fields: Field[] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function groups(s: StoreSettings): Group[] {
  const money = { inputMode: 'numeric' as const, placeholder: '6.500' };
  const whole = { type: 'number', step: 1, inputMode: 'numeric' as const };
  return [
    {
      title: 'Envíos',
      description: 'Lo que paga la clienta por el envío a domicilio y cuándo le llega. Recoger en el spa es gratis.',
      fields: [
        {
          name: 'shippingFee',
          label: 'Costo del envío',
          unit: 'COP',
          help: 'Se cobra en los pedidos a domicilio que no alcanzan el envío gratis.',
          value: centsToPesosInput(s.shippingFeeCents),
          current: formatCop(s.shippingFeeCents),
          input: money,
        },
        {
          name: 'freeShippingThreshold',
          label: 'Envío gratis desde',
          unit: 'COP',
          help: 'Total de productos (tras descuentos) a partir del cual el envío es gratis. 0: siempre gratis.',
          value: centsToPesosInput(s.freeShippingThresholdCents),
          current: formatCop(s.freeShippingThresholdCents),
          input: { ...money, placeholder: '150.000' },
        },
        {
          name: 'deliveryDays',
          label: 'Días de entrega',
          unit: 'días hábiles',
          help: 'Días hábiles de transporte que se suman a la preparación para estimar la fecha de entrega.',
          value: String(s.deliveryDays),
          current: plural(s.deliveryDays, 'día hábil', 'días hábiles'),
          input: { ...whole, min: 0, max: 30 },
        },
      ],
    },
    {
      title: 'Reservas y carrito',
      description: 'Cuánto tiempo se guardan los productos mientras la clienta paga, y los límites del carrito.',
      fields: [
        {
          name: 'reservationTtlMinutes',
          label: 'Tiempo de reserva',
          unit: 'minutos',
          help: 'Al hacer un pedido, el stock queda apartado este tiempo para pagar; después se libera. De 1 a 1440 (24 h).',
          value: String(s.reservationTtlMinutes),
          current: plural(s.reservationTtlMinutes, 'minuto', 'minutos'),
          input: { ...whole, min: 1, max: 1440 },
        },
        {
          name: 'cartMaxLines',
          label: 'Productos distintos por carrito',
          unit: 'productos',
          help: 'Cuántas referencias distintas caben en un carrito.',
          value: String(s.cartMaxLines),
          current: plural(s.cartMaxLines, 'producto', 'productos'),
          input: { ...whole, min: 1, max: 200 },
        },
        {
          name: 'cartMaxUnitsPerLine',
          label: 'Unidades por producto',
          unit: 'unidades',
          help: 'Tope de unidades de una misma referencia en el carrito (además del máximo de cada variante).',
          value: String(s.cartMaxUnitsPerLine),
          current: plural(s.cartMaxUnitsPerLine, 'unidad', 'unidades'),
          input: { ...whole, min: 1, max: 1000 },
        },
        {
          name: 'cartTtlDays',
          label: 'Vida de un carrito sin uso',
          unit: 'días',
          help: 'Los carritos sin cambios en este tiempo se vacían solos.',
          value: String(s.cartTtlDays),
          current: plural(s.cartTtlDays, 'día', 'días'),
          input: { ...whole, min: 1, max: 365 },
        },
      ],
    },
    {
      title: 'Devoluciones',
      description: 'Las solicitudes ya hechas conservan su plazo; el cambio aplica a las nuevas.',
      fields: [
        {
          name: 'returnWindowDays',
          label: 'Plazo para devolver',
          unit: 'días desde la entrega',
          help: 'Cuántos días después de la entrega puede la clienta pedir una devolución. De 0 a 365.',
          value: String(s.returnWindowDays),
          current: plural(s.returnWindowDays, 'día', 'días'),
          input: { ...whole, min: 0, max: 365 },
        },
      ],
    },
    {
      title: 'VIP',
      description: 'Precio VIP sugerido al crear variantes sin precio VIP propio.',
      fields: [
        {
          name: 'vipDefaultDiscountPercent',
          label: 'Descuento VIP por defecto',
          unit: '%',
          help: 'Se aplica a las variantes nuevas o editadas sin precio VIP; los precios ya guardados no cambian.',
          value: String(s.vipDefaultDiscountPercent),
          current: `${s.vipDefaultDiscountPercent} %`,
          input: { ...whole, min: 1, max: 90 },
        },
      ],
    },
    {
      title: 'Datos de la tienda',
      description: 'Se muestran en el pie de página, en el pago (recoger en el spa) y en cada pedido.',
      fields: [
        storeField(
          s,
          'name',
          'Nombre',
          'Encabeza los datos de contacto del pie de página y saluda en el mensaje de WhatsApp.',
        ),
        storeField(s, 'address', 'Dirección', 'Dónde se recogen los pedidos; sale en el pie de página y al pagar.'),
        storeField(s, 'city', 'Ciudad', 'Acompaña a la dirección.'),
        storeField(s, 'hours', 'Horario', 'Por ejemplo «Lunes a sábado, 9:00 a 19:00».'),
        storeField(s, 'phone', 'Teléfono', 'Celular o fijo colombiano, como quieres que se lea.', { inputMode: 'tel' }),
        storeField(
          s,
          'whatsapp',
          'WhatsApp',
          'Celular con WhatsApp: el enlace «Escríbenos» del pie de página y de los pedidos abre un chat con él.',
          { inputMode: 'tel' },
        ),
        storeField(s, 'email', 'Correo de contacto', 'Para preguntas de las clientas.', { type: 'email' }),
      ],
    },
  ];
}

function storeField(
  s: StoreSettings,
  key: keyof StoreSettings['store'],
  label: string,
  help: string,
  input?: InputHTMLAttributes<HTMLInputElement>,
): Field {
  return { name: `store.${key}`, label, help, value: s.store[key], current: s.store[key], input };
}

const control =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600 sm:text-sm';

/** One setting: label with its unit, the input, what it changes, the saved value, and its error. */
function SettingField({ field, error }: { field: Field; error?: string }) {
  const id = `f-${field.name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {field.label}
        {field.unit ? <span className="font-normal text-stone-600"> ({field.unit})</span> : null}
      </label>
      <input
        id={id}
        name={field.name}
        defaultValue={field.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(' ')}
        className={control}
        {...field.input}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <p id={`${id}-help`} className="mt-1 text-sm text-stone-600">
        {field.help} <span className="text-stone-700">Ahora: {field.current}.</span>
      </p>
    </div>
  );
}

export function SettingsForm({
  action,
  settings,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  settings: StoreSettings;
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const errors = state.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={state.ok ? undefined : state.message} />
      {groups(settings).map((group) => (
        <fieldset key={group.title} className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <legend className="px-1 font-serif text-xl text-brand-900">{group.title}</legend>
          <p className="mb-4 text-sm text-stone-700">{group.description}</p>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {group.fields.map((field) => (
              <SettingField key={field.name} field={field} error={errors[field.name]} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p className="text-sm text-stone-600">Se guarda todo o nada: si un campo tiene un error, no cambia ninguno.</p>
        <PendingButton pending={pending} pendingLabel="Guardando…">
          Guardar ajustes
        </PendingButton>
      </div>
    </form>
  );
}
