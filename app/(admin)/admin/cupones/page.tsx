import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput, FilterSelect } from '@/components/admin/filter-bar';
import { formatDateTime } from '@/components/admin/format';
import { buttonStyles, PageHeader } from '@/components/admin/page-header';
import { SortHeader } from '@/components/admin/sort-header';
import { Badge } from '@/components/admin/status-badge';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { listVouchers, voucherListQuerySchema } from '@/lib/admin/vouchers/list-vouchers';
import { formatCop } from '@/lib/money';
import { updateVoucherAction } from '@/lib/actions/admin/update-voucher-action';

export const metadata: Metadata = { title: 'Cupones' };

const BASE = '/admin/cupones';

function windowLabel(v: { startsAt: Date | null; endsAt: Date | null }): string {
  if (!v.startsAt && !v.endsAt) return 'Siempre';
  return `${v.startsAt ? formatDateTime(v.startsAt) : 'ya'} → ${v.endsAt ? formatDateTime(v.endsAt) : 'sin fin'}`;
}

export default async function VouchersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('vouchers');
  const params = await searchParams;
  const state = toUrlState(params);
  const parsed = voucherListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : voucherListQuerySchema.parse({});
  const result = await listVouchers(getDb(), query);
  const sortProps = { base: BASE, state, current: { sort: query.sort, dir: query.dir } };
  const newButton = (
    <Link href="/admin/cupones/nuevo" className={buttonStyles.primary}>
      <Plus aria-hidden className="size-4" /> Nuevo cupón
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Cupones"
        description="Códigos de descuento con sus usos. Un cupón desactivado deja de aceptarse al instante."
        actions={newButton}
      />
      <FilterBar base={BASE} keep={{ sort: state.sort, dir: state.dir }}>
        <FilterInput label="Código" name="q" defaultValue={query.q} />
        <FilterSelect
          label="Estado"
          name="status"
          defaultValue={query.status}
          options={[
            { value: 'all', label: 'Todos' },
            { value: 'active', label: 'Activos' },
            { value: 'inactive', label: 'Inactivos' },
          ]}
        />
      </FilterBar>
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="cupones" />
      {result.items.length === 0 ? (
        <EmptyState
          title={query.q || query.status !== 'all' ? 'Ningún cupón coincide' : 'Todavía no hay cupones'}
          action={newButton}
        />
      ) : (
        <DataTable
          caption="Cupones"
          head={
            <>
              <SortHeader label="Código" column="code" {...sortProps} />
              <Th>Descuento</Th>
              <Th>Vigencia</Th>
              <SortHeader label="Usos" column="uses" align="right" {...sortProps} />
              <Th align="right">Descontado</Th>
              <Th>Estado</Th>
              <Th>
                <span className="sr-only">Acciones</span>
              </Th>
            </>
          }
        >
          {result.items.map((v) => (
            <tr key={v.id} className="hover:bg-sand-50">
              <Td>
                <Link
                  href={`/admin/cupones/${v.id}`}
                  className="font-mono font-semibold text-brand-800 hover:underline"
                >
                  {v.code}
                </Link>
                {v.description ? <span className="block text-xs text-stone-600">{v.description}</span> : null}
              </Td>
              <Td>
                {v.kind === 'PERCENT' ? `${v.value} %` : formatCop(v.value)}
                {v.minOrderCents > 0 ? (
                  <span className="block text-xs text-stone-600">desde {formatCop(v.minOrderCents)}</span>
                ) : null}
              </Td>
              <Td className="text-xs">{windowLabel(v)}</Td>
              <Td align="right">
                {v.usesCount}
                {v.maxUses !== null ? ` / ${v.maxUses}` : ''}
              </Td>
              <Td align="right">{formatCop(v.discountGivenCents)}</Td>
              <Td>{v.isActive ? <Badge tone="good">Activo</Badge> : <Badge>Inactivo</Badge>}</Td>
              <Td>
                {v.isActive ? (
                  <ActionButton
                    action={updateVoucherAction}
                    hidden={{ voucherId: v.id, intent: 'deactivate' }}
                    label="Desactivar"
                    pendingLabel="Desactivando…"
                    variant="subtle"
                    confirm={{
                      title: `¿Desactivar ${v.code}?`,
                      body: 'Deja de aceptarse en el pago desde ya. Los pedidos que ya lo usaron no cambian.',
                      confirmLabel: 'Desactivar',
                    }}
                  />
                ) : (
                  <ActionButton
                    action={updateVoucherAction}
                    hidden={{ voucherId: v.id, intent: 'activate' }}
                    label="Activar"
                    pendingLabel="Activando…"
                    variant="subtle"
                  />
                )}
              </Td>
            </tr>
          ))}
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
