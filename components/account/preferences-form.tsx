'use client';

import { useActionState } from 'react';
import { savePreferencesAction } from '@/lib/actions/notifications/save-preferences-action';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';
import type { Preferences } from '@/lib/notifications/preferences';

const OPTIONS = [
  { name: 'restock', label: 'Avisos de productos que vuelven a estar disponibles' },
  { name: 'priceDrops', label: 'Bajadas de precio' },
  { name: 'lowCreditReminders', label: 'Recordatorios de saldo a favor por vencer' },
] as const;

export function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const [state, action] = useActionState(savePreferencesAction, idleState);
  const errors = !state.ok ? (state.fields ?? {}) : {};
  const quietError = errors['quietHours.start'] ?? errors['quietHours.end'] ?? errors.quietHours;
  return (
    <form action={action} className="space-y-6">
      <FormAlert message={state.message} tone={state.ok ? 'success' : 'error'} />
      <fieldset className="space-y-3">
        <legend className="font-semibold text-stone-900">Correos que quieres recibir</legend>
        <label className="flex items-center gap-3 text-stone-600">
          <input type="checkbox" checked disabled className="size-4" />
          Estado de tus pedidos (siempre se envían)
        </label>
        {OPTIONS.map((o) => (
          <label key={o.name} className="flex items-center gap-3 text-stone-800">
            <input
              type="checkbox"
              name={o.name}
              defaultChecked={preferences.email[o.name]}
              className="size-4 accent-brand-700"
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold text-stone-900">Horas de silencio (hora de Bogotá)</legend>
        <p className="text-sm text-stone-600">
          Los correos que no son de pedidos esperan a que terminen. Déjalas vacías para recibirlos a cualquier hora.
        </p>
        <div className="flex flex-wrap gap-4">
          <label className="text-sm text-stone-800">
            Desde
            <input
              type="time"
              name="quietStart"
              defaultValue={preferences.quietHours?.start ?? ''}
              aria-invalid={quietError ? true : undefined}
              className="mt-1 block rounded-lg border border-stone-300 px-3 py-2"
            />
          </label>
          <label className="text-sm text-stone-800">
            Hasta
            <input
              type="time"
              name="quietEnd"
              defaultValue={preferences.quietHours?.end ?? ''}
              aria-invalid={quietError ? true : undefined}
              className="mt-1 block rounded-lg border border-stone-300 px-3 py-2"
            />
          </label>
        </div>
        {quietError ? <p className="text-sm text-red-700">{quietError}</p> : null}
      </fieldset>
      <SubmitButton
        pendingLabel="Guardando…"
        className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
      >
        Guardar preferencias
      </SubmitButton>
    </form>
  );
}
