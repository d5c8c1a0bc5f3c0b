import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { VoucherForm } from '@/components/admin/voucher-form';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { createVoucherAction } from '@/lib/actions/admin/create-voucher-action';

export const metadata: Metadata = { title: 'Nuevo cupón' };

export default async function NewVoucherPage() {
  await requireAreaPage('vouchers');
  return (
    <>
      <PageHeader title="Nuevo cupón" back={{ href: '/admin/cupones', label: 'Cupones' }} />
      <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <VoucherForm action={createVoucherAction} submitLabel="Crear cupón" />
      </section>
    </>
  );
}
