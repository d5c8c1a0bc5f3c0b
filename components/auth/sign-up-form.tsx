'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { signUpAction } from '@/lib/actions/auth/sign-up-action';
import { InputField } from '@/components/ui/form-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/http/action-state-shape';

export function SignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUpAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.fields ? undefined : state.message} />
      <input type="hidden" name="next" value={next} />
      <InputField
        label="Nombre"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
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
        autoComplete="new-password"
        required
        minLength={10}
        hint="Mínimo 10 caracteres."
        error={state.fields?.password}
      />
      <SubmitButton pendingLabel="Creando tu cuenta…">Crear cuenta</SubmitButton>
      <p className="text-center text-sm text-stone-700">
        ¿Ya tienes cuenta?{' '}
        <Link href={`/ingresar?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline">
          Ingresa
        </Link>
      </p>
    </form>
  );
}
