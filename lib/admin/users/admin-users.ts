import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Db } from '@/db/client';
import { userRole, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { isVipActive, todayInBogota } from '@/lib/auth/vip';
import { AppError, notFound, validationError } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { isoDate, likePattern, pageFields, sortDirection, type Paged } from '@/lib/admin/shared/list-query';
import { isUuid, parseInput } from '@/lib/validation';

export const userListQuerySchema = z.object({
  q: z.string().trim().max(120).optional(),
  role: z.enum(userRole.enumValues, { error: 'Rol inválido.' }).optional(),
  vip: z.enum(['yes', 'no'], { error: 'Filtro VIP inválido.' }).optional(),
  sort: z.enum(['created', 'email', 'name'], { error: 'Orden inválido.' }).default('created'),
  dir: sortDirection,
  ...pageFields,
});

export type AdminUserRow = {
  id: string;
  email: string;
  name: string;
  role: (typeof userRole.enumValues)[number];
  vipUntil: string | null;
  isVip: boolean;
  createdAt: Date;
  orderCount: number;
};

const userNotFound = () => notFound('No encontramos esa cuenta.');

/** Accounts by email or name, with role, VIP and how many orders each placed. */
export async function listAdminUsers(db: Db, rawQuery: unknown): Promise<Paged<AdminUserRow>> {
  const query = parseInput(userListQuerySchema, rawQuery);
  const today = todayInBogota();
  const filters: SQL[] = [];
  if (query.q)
    filters.push(or(ilike(users.email, likePattern(query.q.toLowerCase())), ilike(users.name, likePattern(query.q)))!);
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.vip === 'yes') filters.push(sql`${users.vipUntil} >= ${today}::date`);
  if (query.vip === 'no') filters.push(sql`(${users.vipUntil} IS NULL OR ${users.vipUntil} < ${today}::date)`);
  const where = filters.length > 0 ? and(...filters) : undefined;
  const order = query.dir === 'asc' ? asc : desc;
  const column = { created: users.createdAt, email: users.email, name: sql`lower(${users.name})` }[query.sort];
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        vipUntil: users.vipUntil,
        createdAt: users.createdAt,
        orderCount: sql<number>`(SELECT COUNT(*)::int FROM orders o WHERE o.user_id = ${users.id})`,
      })
      .from(users)
      .where(where)
      .orderBy(order(column), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(users)
      .where(where),
  ]);
  return {
    items: rows.map((u) => ({ ...u, isVip: isVipActive(u.vipUntil) })),
    page: query.page,
    pageSize: query.pageSize,
    total: count?.n ?? 0,
  };
}

export const updateUserSchema = z
  .object({
    role: z.enum(userRole.enumValues, { error: 'Elige un rol válido.' }).optional(),
    /** The last Bogotá day of VIP; null ends it. */
    vipUntil: isoDate.nullable().optional(),
  })
  .refine((v) => v.role !== undefined || v.vipUntil !== undefined, {
    path: ['_'],
    error: 'No hay cambios que guardar.',
  });

/**
 * Grants, extends or ends VIP, and changes roles (ADMIN only, checked by the door). An admin cannot
 * change their own role and the last admin cannot be demoted, so the store can never lock itself
 * out. Audited with before and after.
 */
export async function updateAdminUser(db: Database, args: { userId: string; input: unknown; actor: AdminActor }) {
  const input = parseInput(updateUserSchema, args.input);
  if (!isUuid(args.userId)) throw userNotFound();
  if (input.vipUntil && input.vipUntil < todayInBogota())
    throw validationError({ vipUntil: 'Elige hoy o una fecha futura; para quitar el VIP usa «Quitar VIP».' });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: users.id, email: users.email, role: users.role, vipUntil: users.vipUntil })
      .from(users)
      .where(eq(users.id, args.userId))
      .for('update');
    if (!before) throw userNotFound();
    if (input.role && input.role !== before.role) {
      if (before.id === args.actor.id) throw validationError({ role: 'No puedes cambiar tu propio rol.' });
      if (before.role === 'ADMIN') {
        // Lock every admin row so two demotions at once cannot both see "another admin remains".
        const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'ADMIN')).for('update');
        if (admins.length <= 1)
          throw new AppError({
            code: 'MKT-STATE',
            status: 409,
            message: 'Debe quedar al menos una cuenta administradora.',
            details: { fields: { role: 'Debe quedar al menos una cuenta administradora.' } },
          });
      }
    }
    const [after] = await tx
      .update(users)
      .set({ role: input.role, vipUntil: input.vipUntil, updatedAt: sql`now()` })
      .where(eq(users.id, before.id))
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role, vipUntil: users.vipUntil });
    if (!after) throw userNotFound();
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: input.role && input.role !== before.role ? 'user.role_changed' : 'user.vip_changed',
      entityType: 'user',
      entityId: before.id,
      before: { role: before.role, vipUntil: before.vipUntil },
      after: { role: after.role, vipUntil: after.vipUntil },
      requestId: args.actor.requestId,
    });
    return { ...after, isVip: isVipActive(after.vipUntil) };
  });
}

/** One account with its last orders, for the user page. */
export async function getAdminUser(db: Db, userId: string) {
  if (!isUuid(userId)) throw userNotFound();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      vipUntil: users.vipUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw userNotFound();
  const recentOrders = await db.execute<{
    id: string;
    number: number;
    status: string;
    total_cents: number;
    created_at: string;
  }>(
    sql`SELECT id, number, status, total_cents, created_at FROM orders WHERE user_id = ${user.id} ORDER BY created_at DESC LIMIT 5`,
  );
  return {
    ...user,
    isVip: isVipActive(user.vipUntil),
    recentOrders: recentOrders.map((o) => ({
      id: o.id,
      number: Number(o.number),
      status: o.status,
      totalCents: Number(o.total_cents),
      createdAt: new Date(o.created_at),
    })),
  };
}
