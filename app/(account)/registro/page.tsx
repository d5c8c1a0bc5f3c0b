import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getCurrentUser } from '@/lib/auth/guards';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Crear cuenta' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeRedirectPath(params.next, '/');
  if (await getCurrentUser()) redirect(next);
  return (
    <AuthCard title="Crea tu cuenta" subtitle="Compra más rápido y sigue tus pedidos.">
      <SignUpForm next={next} />
    </AuthCard>
  );
}
