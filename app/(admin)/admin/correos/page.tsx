import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import clsx from 'clsx';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { emailListSchema, listEmailMessages } from '@/lib/email/list-email-messages';
import { isAppError } from '@/lib/errors';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Correos' };

const STATUS_TABS = [
  { value: undefined, label: 'Todos' },
  { value: 'QUEUED', label: 'En cola' },
  { value: 'RETRYING', label: 'Reintentando' },
  { value: 'SENT', label: 'Enviados' },
] as const;

const STATUS_BADGE: Record<string, { label: string; className: string }> = {
  QUEUED: { label: 'En cola', className: 'bg-sand-100 text-stone-800' },
  RETRYING: { label: 'Reintentando', className: 'bg-amber-100 text-amber-900' },
  SENT: { label: 'Enviado', className: 'bg-brand-100 text-brand-900' },
};

const KIND_LABEL: Record<string, string> = {
  ORDER_STATUS: 'Pedido',
  LOW_STOCK: 'Stock bajo',
  LOW_STOCK_DIGEST: 'Resumen de stock',
  RESTOCK: 'Volvió al stock',
};

const dateFmt = new Intl.DateTimeFormat('es-CO', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Bogota',
});

async function requireStaff() {
  try {
    return await requireRole('ADMIN', 'STAFF');
  } catch (error) {
    // Anyone else sees a page that does not exist, not a hint that it does.
    if (isAppError(error)) notFound();
    throw error;
  }
}

export default async function EmailsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff();
  const params = await searchParams;
  const parsed = emailListSchema.safeParse({ page: params.page, status: params.estado });
  const query = parsed.success ? parsed.data : { page: 1, pageSize: 25, status: undefined };
  const result = await listEmailMessages(getDb(), query);
  const hrefFor = (page: number) =>
    `/admin/correos?${new URLSearchParams({ ...(result.status ? { estado: result.status } : {}), page: String(page) })}`;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl text-brand-900">Correos</h1>
        <p className="mt-1 text-stone-700">
          Todo correo que la tienda envía pasa por aquí: en cola, reintentando (con el último error) o enviado. Sin
          servidor SMTP configurado, cada correo queda como archivo .eml en la carpeta de correo.
        </p>
      </header>

      <nav aria-label="Filtrar por estado" className="flex flex-wrap gap-2">
        {STATUS_TABS.map((tab) => (
          <Link
            key={tab.label}
            href={tab.value ? `/admin/correos?estado=${tab.value}` : '/admin/correos'}
            aria-current={result.status === (tab.value ?? null) ? 'page' : undefined}
            className={clsx(
              'rounded-full border px-3 py-1.5 text-sm font-semibold',
              result.status === (tab.value ?? null)
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-stone-300 bg-white text-brand-800 hover:border-brand-500',
            )}
          >
            {tab.label}
          </Link>
        ))}
      </nav>

      {result.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-sand-200 bg-white p-8 text-center text-stone-600">
          No hay correos {result.status ? 'con este estado' : 'todavía'}.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-sand-200 bg-white">
          <table className="w-full min-w-[720px] text-left text-sm">
            <caption className="sr-only">Correos, del más reciente al más antiguo ({result.total} en total)</caption>
            <thead className="bg-sand-50 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Fecha
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Para
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Asunto
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Estado
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Intentos
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-sand-200">
              {result.items.map((email) => {
                const badge = STATUS_BADGE[email.status] ?? { label: email.status, className: 'bg-sand-100' };
                return (
                  <tr key={email.id} className="align-top" data-testid="email-row">
                    <td className="px-4 py-3 whitespace-nowrap text-stone-700">
                      <time dateTime={email.createdAt.toISOString()}>{dateFmt.format(email.createdAt)}</time>
                    </td>
                    <td className="px-4 py-3 break-all">{email.toAddress}</td>
                    <td className="px-4 py-3">
                      <details>
                        <summary className="cursor-pointer font-medium text-stone-900">{email.subject}</summary>
                        <p className="mt-1 text-xs text-stone-600">
                          {KIND_LABEL[email.kind] ?? email.kind}
                          {email.filePath ? ` · archivo ${email.filePath}` : ''}
                          {email.transport ? ` · vía ${email.transport}` : ''}
                        </p>
                        <pre
                          tabIndex={0}
                          aria-label={`Texto del correo «${email.subject}»`}
                          className="mt-2 max-h-64 overflow-auto rounded-lg bg-sand-50 p-3 font-sans text-xs whitespace-pre-wrap text-stone-800"
                        >
                          {email.text}
                        </pre>
                      </details>
                    </td>
                    <td className="px-4 py-3">
                      <span
                        className={clsx('inline-block rounded-full px-2 py-0.5 text-xs font-bold', badge.className)}
                      >
                        {badge.label}
                      </span>
                      {email.sentAt ? (
                        <p className="mt-1 text-xs text-stone-600">{dateFmt.format(email.sentAt)}</p>
                      ) : null}
                      {email.status === 'RETRYING' ? (
                        <p className="mt-1 text-xs text-stone-600">
                          Próximo intento: {dateFmt.format(email.availableAt)}
                        </p>
                      ) : null}
                    </td>
                    <td className="px-4 py-3">
                      {email.attempts}
                      {email.lastError ? <p className="mt-1 max-w-xs text-xs text-red-800">{email.lastError}</p> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} total={result.total} pageSize={result.pageSize} hrefFor={hrefFor} />
    </div>
  );
}
