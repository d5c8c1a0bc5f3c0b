import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonStyles } from '@/components/admin/page-header';
import { SettingsForm } from '@/components/admin/settings-form';
import { getDb } from '@/db/client';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { updateSettingsAction } from '@/lib/actions/admin/update-settings-action';

export const metadata: Metadata = { title: 'Ajustes' };

export default async function SettingsPage() {
  await requireAreaPage('settings');
  const settings = await getStoreSettings(getDb());
  return (
    <>
      <PageHeader
        title="Ajustes"
        description="Reglas de la tienda y datos del spa. Un cambio rige desde la siguiente visita en toda la tienda; los pedidos y devoluciones ya hechos conservan lo que tenían."
        actions={
          <Link href="/admin/auditoria?entity=settings" className={buttonStyles.secondary}>
            Historial de cambios
          </Link>
        }
      />
      <SettingsForm action={updateSettingsAction} settings={settings} />
    </>
  );
}
