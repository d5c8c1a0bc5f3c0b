import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, ResultCount, Td, Th } from '@/components/admin/data-table';
import { EmptyState } from '@/components/admin/empty-state';
import { FilterBar, FilterInput, FilterSelect } from '@/components/admin/filter-bar';
import { formatCalendarDate, formatDate } from '@/components/admin/format';
import { PageHeader } from '@/components/admin/page-header';
import { SortHeader } from '@/components/admin/sort-header';
import { Badge } from '@/components/admin/status-badge';
import { hrefWith, toUrlState } from '@/components/admin/url-state';
import { Pagination } from '@/components/catalog/pagination';
import { getDb } from '@/db/client';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { listAdminUsers, userListQuerySchema } from '@/lib/admin/users/admin-users';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Usuarios' };

const BASE = '/admin/usuarios';
const ROLE_LABEL = { CUSTOMER: 'Clienta', STAFF: 'Equipo', ADMIN: 'Administración' } as const;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPage('users');
  const params = await searchParams;
  const state = toUrlState(params);
  const parsed = userListQuerySchema.safeParse(searchParamsToObject(params));
  const query = parsed.success ? parsed.data : userListQuerySchema.parse({});
  const result = await listAdminUsers(getDb(), query);
  const sortProps = { base: BASE, state, current: { sort: query.sort, dir: query.dir } };

  return (
    <>
      <PageHeader
        title="Usuarios"
        description="Busca cuentas, da o extiende VIP y cambia roles. Cada cambio queda en la auditoría."
      />
      <FilterBar base={BASE} keep={{ sort: state.sort, dir: state.dir }}>
        <FilterInput label="Buscar" name="q" defaultValue={query.q} placeholder="Correo o nombre" />
        <FilterSelect
          label="Rol"
          name="role"
          defaultValue={query.role}
          options={[
            { value: '', label: 'Todos' },
            { value: 'CUSTOMER', label: 'Clientas' },
            { value: 'STAFF', label: 'Equipo' },
            { value: 'ADMIN', label: 'Administración' },
          ]}
        />
        <FilterSelect
          label="VIP"
          name="vip"
          defaultValue={query.vip}
          options={[
            { value: '', label: 'Todas' },
            { value: 'yes', label: 'VIP vigente' },
            { value: 'no', label: 'Sin VIP' },
          ]}
        />
      </FilterBar>
      <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun="cuentas" />
      {result.items.length === 0 ? (
        <EmptyState title="Ninguna cuenta coincide">Prueba con parte del correo o del nombre.</EmptyState>
      ) : (
        <DataTable
          caption="Cuentas"
          head={
            <>
              <SortHeader label="Nombre" column="name" {...sortProps} />
              <SortHeader label="Correo" column="email" {...sortProps} />
              <Th>Rol</Th>
              <Th>VIP</Th>
              <Th align="right">Pedidos</Th>
              <SortHeader label="Alta" column="created" align="right" {...sortProps} />
            </>
          }
        >
          {result.items.map((u) => (
            <tr key={u.id} className="hover:bg-sand-50">
              <Td>
                <Link href={`/admin/usuarios/${u.id}`} className="font-semibold text-brand-800 hover:underline">
                  {u.name}
                </Link>
              </Td>
              <Td>{u.email}</Td>
              <Td>{u.role === 'CUSTOMER' ? ROLE_LABEL[u.role] : <Badge tone="warn">{ROLE_LABEL[u.role]}</Badge>}</Td>
              <Td>{u.isVip && u.vipUntil ? <Badge tone="good">hasta {formatCalendarDate(u.vipUntil)}</Badge> : '—'}</Td>
              <Td align="right">{u.orderCount}</Td>
              <Td align="right">{formatDate(u.createdAt)}</Td>
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
