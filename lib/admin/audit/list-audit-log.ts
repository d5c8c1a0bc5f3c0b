import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { isoDate, likePattern, pageFields, type Paged } from '@/lib/admin/shared/list-query';
import { bogotaDayEnd, bogotaDayStart } from '@/lib/admin/orders/order-filters';
import { isUuid, parseInput } from '@/lib/validation';

export const auditListQuerySchema = z.object({
  /** A user id, or part of the actor's email or name. */
  actor: z.string().trim().max(120).optional(),
  /** An entity type (`product`, `order`…), an entity id, or `type:id`. */
  entity: z.string().trim().max(120).optional(),
  action: z.string().trim().max(60).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageFields,
});

export type AuditRow = {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
};

function entityCondition(entity: string): SQL {
  const [type, id] = entity.includes(':') ? entity.split(':', 2) : [undefined, undefined];
  if (type && id) return and(eq(auditLog.entityType, type), eq(auditLog.entityId, id))!;
  return or(eq(auditLog.entityType, entity), eq(auditLog.entityId, entity))!;
}

/** Who did what, to which entity, before and after, newest first; filterable by actor, entity, action and Bogotá dates. */
export async function listAuditLog(db: Db, rawQuery: unknown): Promise<Paged<AuditRow>> {
  const query = parseInput(auditListQuerySchema, rawQuery);
  const filters: SQL[] = [];
  if (query.actor)
    filters.push(
      isUuid(String(query.actor))
        ? eq(auditLog.actorId, query.actor)
        : or(ilike(users.email, likePattern(query.actor.toLowerCase())), ilike(users.name, likePattern(query.actor)))!,
    );
  if (query.entity) filters.push(entityCondition(query.entity));
  if (query.action) filters.push(ilike(auditLog.action, likePattern(query.action)));
  if (query.from) filters.push(gte(auditLog.createdAt, bogotaDayStart(query.from)));
  if (query.to) filters.push(lt(auditLog.createdAt, bogotaDayEnd(query.to)));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        actorId: auditLog.actorId,
        actorName: users.name,
        actorEmail: users.email,
        before: auditLog.before,
        after: auditLog.after,
        requestId: auditLog.requestId,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where),
  ]);
  return { items: rows, page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
}
