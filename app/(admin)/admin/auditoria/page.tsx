import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput } from '@/components/admin/filter-bar';
import { formatDateTime } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { auditListQuerySchema, listAuditLog } from '@/lib/admin/audit/list-audit-log';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';

export const metadata: Metadata = { title: 'Auditoría' };

const BASE = '/admin/auditoria';

/** Where an audited entity lives in the admin, when it has a page. */
function entityHref(type: string, id: string): string | null {
  if (type === 'product') return `/admin/productos/${id}`;
  if (type === 'variant') return `/admin/variantes/${id}`;
  if (type === 'order') return `/admin/pedidos/${id}`;
  if (type === 'voucher') return `/admin/cupones/${id}`;
  if (type === 'settings') return '/admin/ajustes';
  if (type === 'user') return `/admin/usuarios/${id}`;
  return null;
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{label}</p>
      <pre className="max-h-64 overflow-auto rounded bg-sand-50 p-2 text-xs break-all whitespace-pre-wrap text-stone-800">
        {JSON.stringify(value, null, 1)}
      </pre>
    </div>
  );
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('audit');
  const params = await searchParams;
  const state = toUrlState(params);
  const parsed = auditListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : auditListQuerySchema.parse({});
  const result = await listAuditLog(getDb(), query);
  const isFiltered = Boolean(query.actor || query.entity || query.action || query.from || query.to);

  return (
    <>
      <PageHeader
        title="Auditoría"
        description="Quién hizo qué, sobre qué y cuándo, con el antes y el después. No se puede editar ni borrar."
      />
      <FilterBar base={BASE}>
        <FilterInput label="Quién" name="actor" defaultValue={query.actor} placeholder="Correo o nombre" />
        <FilterInput label="Sobre qué" name="entity" defaultValue={query.entity} placeholder="product, order:…, id" />
        <FilterInput
          label="Acción"
          name="action"
          defaultValue={query.action}
          placeholder="variant.updated"
          className="w-44"
        />
        <FilterInput label="Desde" name="from" type="date" defaultValue={query.from} className="w-44" />
        <FilterInput label="Hasta" name="to" type="date" defaultValue={query.to} className="w-44" />
      </FilterBar>
      <FormAlert message={parsed.success ? undefined : parsed.error.issues[0]?.message} />
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="registros" />
      {result.items.length === 0 ? (
        <EmptyState title={isFiltered ? 'Nada coincide con los filtros' : 'Aún no hay registros'} />
      ) : (
        <DataTable
          caption="Registro de auditoría, el más reciente primero"
          head={
            <>
              <Th>Cuándo</Th>
              <Th>Quién</Th>
              <Th>Acción</Th>
              <Th>Sobre</Th>
              <Th>Cambios</Th>
            </>
          }
        >
          {result.items.map((a) => {
            const href = entityHref(a.entityType, a.entityId);
            return (
              <tr key={a.id}>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
                <Td>
                  {a.actorName ?? 'Sistema'}
                  {a.actorEmail ? <span className="block text-xs text-stone-600">{a.actorEmail}</span> : null}
                </Td>
                <Td className="font-mono text-xs">{a.action}</Td>
                <Td>
                  <span className="text-xs text-stone-600">{a.entityType}</span>{' '}
                  {href ? (
                    <Link href={href} className="font-mono text-xs text-brand-800 hover:underline">
                      {a.entityId.slice(0, 8)}
                    </Link>
                  ) : (
                    <span className="font-mono text-xs">{a.entityId.slice(0, 8)}</span>
                  )}
                </Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                      Ver antes y después
                    </summary>
                    <div className="mt-2 grid max-w-xl gap-2">
                      <Snapshot label="Antes" value={a.before} />
                      <Snapshot label="Después" value={a.after} />
                      {a.requestId ? <p className="text-xs text-stone-600">Solicitud {a.requestId}</p> : null}
                    </div>
                  </details>
                </Td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(page) => hrefWith(BASE, state, { page: String(page) })}
      />
    </>
  );
}
