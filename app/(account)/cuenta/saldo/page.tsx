import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { CreditStatement } from '@/components/credit/credit-statement';
import { getCurrentUser } from '@/lib/auth/guards';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { listExpiringCredit } from '@/lib/credit/credit-lots';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Saldo a favor' };

export default async function CreditPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/ingresar?next=/cuenta/saldo');
  const statement = await getCreditStatement(getDb(), { userId: user.id });
  const expiring = await listExpiringCredit(getDb(), user.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 font-serif text-3xl text-brand-900">Tu saldo a favor</h1>
      <CreditStatement balanceCents={statement.balanceCents} entries={statement.entries} expiring={expiring} />
    </div>
  );
}
