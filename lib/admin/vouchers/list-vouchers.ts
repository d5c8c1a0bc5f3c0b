import { and, asc, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { vouchers } from '@/db/schema';
import { likePattern, pageFields, sortDirection, type Paged } from '@/lib/admin/shared/list-query';
import { isUuid, parseInput } from '@/lib/validation';
import { voucherNotFound } from './save-voucher';

export const voucherListQuerySchema = z.object({
  q: z.string().trim().max(40).optional(),
  status: z.enum(['all', 'active', 'inactive'], { error: 'Estado inválido.' }).default('all'),
  sort: z.enum(['created', 'code', 'uses'], { error: 'Orden inválido.' }).default('created'),
  dir: sortDirection,
  ...pageFields,
});

type VoucherRow = typeof vouchers.$inferSelect;
export type AdminVoucherRow = VoucherRow & { redemptions: number; discountGivenCents: number };

const redemptions = sql<number>`(SELECT COUNT(*)::int FROM voucher_redemptions r WHERE r.voucher_id = ${vouchers.id} AND r.released_at IS NULL)`;
const discountGiven = sql<number>`(SELECT COALESCE(SUM(r.discount_cents), 0)::bigint FROM voucher_redemptions r WHERE r.voucher_id = ${vouchers.id} AND r.released_at IS NULL)`;

/** Vouchers with their usage: the live count, the redemptions still standing and the discount they gave. */
export async function listVouchers(db: Db, rawQuery: unknown): Promise<Paged<AdminVoucherRow>> {
  const query = parseInput(voucherListQuerySchema, rawQuery);
  const filters: SQL[] = [];
  if (query.q) filters.push(ilike(vouchers.code, likePattern(query.q.toUpperCase())));
  if (query.status !== 'all') filters.push(eq(vouchers.isActive, query.status === 'active'));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const order = query.dir === 'asc' ? asc : desc;
  const column = { created: vouchers.createdAt, code: vouchers.code, uses: vouchers.usesCount }[query.sort];
  const [rows, [count]] = await Promise.all([
    db
      .select({ voucher: vouchers, redemptions, discountGivenCents: discountGiven })
      .from(vouchers)
      .where(where)
      .orderBy(order(column), asc(vouchers.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(vouchers)
      .where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r.voucher,
      redemptions: r.redemptions,
      discountGivenCents: Number(r.discountGivenCents),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: count?.n ?? 0,
  };
}

export async function getVoucher(db: Db, voucherId: string): Promise<AdminVoucherRow> {
  if (!isUuid(voucherId)) throw voucherNotFound();
  const [row] = await db
    .select({ voucher: vouchers, redemptions, discountGivenCents: discountGiven })
    .from(vouchers)
    .where(eq(vouchers.id, voucherId));
  if (!row) throw voucherNotFound();
  return { ...row.voucher, redemptions: row.redemptions, discountGivenCents: Number(row.discountGivenCents) };
}
