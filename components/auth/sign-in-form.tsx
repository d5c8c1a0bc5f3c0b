'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { signInAction } from '@/lib/actions/auth/sign-in-action';
import { InputField } from '@/components/ui/form-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="next" value={next} />
      <InputField
        label="Correo"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <InputField
        label="Contraseña"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <SubmitButton pendingLabel="Ingresando…">Ingresar</SubmitButton>
      <p className="text-center text-sm text-stone-700">
        ¿No tienes cuenta?{' '}
        <Link href={`/registro?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline">
          Crea una aquí
        </Link>
      </p>
    </form>
  );
}
