import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/admin/page-header';
import { StatCard } from '@/components/admin/stat-card';
import { VoucherForm } from '@/components/admin/voucher-form';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { getVoucher } from '@/lib/admin/vouchers/list-vouchers';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { updateVoucherAction } from '@/lib/actions/admin/update-voucher-action';

export const metadata: Metadata = { title: 'Cupón' };

export default async function VoucherPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('vouchers');
  const { id } = await params;
  const created = (await searchParams).creado === '1';
  const voucher = await getVoucher(getDb(), id).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={`Cupón ${voucher.code}`} back={{ href: '/admin/cupones', label: 'Cupones' }} />
      {created ? <FormAlert tone="success" message="Cupón creado." /> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatCard
          label="Usos"
          value={`${voucher.usesCount}${voucher.maxUses !== null ? ` / ${voucher.maxUses}` : ''}`}
        />
        <StatCard
          label="Pedidos con el cupón"
          value={voucher.redemptions}
          hint="Sin contar pedidos cancelados o vencidos"
        />
        <StatCard label="Total descontado" value={formatCop(voucher.discountGivenCents)} />
      </div>
      <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <VoucherForm action={updateVoucherAction} defaults={voucher} submitLabel="Guardar cupón" />
      </section>
    </>
  );
}
