import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/guards';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Ingresar' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeRedirectPath(params.next ?? params.callbackUrl, '/');
  if (await getCurrentUser()) redirect(next);
  return (
    <AuthCard title="Ingresar" subtitle="Bienvenida de nuevo a Botica.">
      <SignInForm next={next} />
    </AuthCard>
  );
}
