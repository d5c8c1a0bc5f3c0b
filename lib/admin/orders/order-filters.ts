import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { orderStatus } from '@/db/schema';
import { isoDate, pageFields, sortDirection } from '@/lib/admin/shared/list-query';

export const ORDER_QUEUES = ['fulfilment', 'refund-due', 'fraud'] as const;
export type OrderQueue = (typeof ORDER_QUEUES)[number];
export const ORDER_SORTS = ['created', 'total', 'number'] as const;

export const adminOrderListQuerySchema = z
  .object({
    status: z.enum(orderStatus.enumValues, { error: 'Estado inválido.' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    delivery: z.enum(['PICKUP', 'DELIVERY'], { error: 'Entrega inválida.' }).optional(),
    q: z.string().trim().max(120, { error: 'Búsqueda demasiado larga.' }).optional(),
    queue: z.enum(ORDER_QUEUES, { error: 'Cola inválida.' }).optional(),
    sort: z.enum(ORDER_SORTS, { error: 'Orden inválido.' }).default('created'),
    dir: sortDirection,
    ...pageFields,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    error: 'La fecha final debe ser igual o posterior a la inicial.',
  });

export type AdminOrderListQuery = z.infer<typeof adminOrderListQuerySchema>;

/** Bogotá calendar days as UTC instants: the first instant of `from`, the first instant after `to`. */
export const bogotaDayStart = (date: string) => sql`((${date})::date::timestamp AT TIME ZONE 'America/Bogota')`;
export const bogotaDayEnd = (date: string) => sql`(((${date})::date + 1)::timestamp AT TIME ZONE 'America/Bogota')`;

/** Orders the store owes money back on and has not settled (the refund queue). */
export const refundDueCondition: SQL = sql`orders.refund_due_cents > 0 AND orders.refund_resolved_at IS NULL`;

/** Paid and not yet shipped: the fulfilment queue. */
export const pendingFulfilmentCondition: SQL = sql`orders.status IN ('PAID', 'PREPARING')`;
