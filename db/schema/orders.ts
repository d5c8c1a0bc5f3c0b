import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { productVariants, products } from './catalog';
import { users } from './users';
import { vouchers } from './vouchers';

export const orderStatus = pgEnum('order_status', [
  'PENDING_PAYMENT',
  'PAID',
  'PREPARING',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'RETURN_REQUESTED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'REFUNDED',
  'FRAUD_ALERT',
]);

export const deliveryOption = pgEnum('delivery_option', ['PICKUP', 'DELIVERY']);

export const orderActorType = pgEnum('order_actor_type', ['CUSTOMER', 'STAFF', 'SYSTEM', 'PAYMENT_PROVIDER']);

const money = (name: string) => bigint(name, { mode: 'number' });

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Short number people can read over the phone ("Pedido #1042").
    number: bigserial('number', { mode: 'number' }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    status: orderStatus('status').notNull().default('PENDING_PAYMENT'),
    deliveryOption: deliveryOption('delivery_option').notNull(),
    addressLine1: text('address_line1'),
    addressCity: text('address_city'),
    addressDepartment: text('address_department'),
    addressPhone: text('address_phone'),
    addressNotes: text('address_notes'),
    subtotalCents: money('subtotal_cents').notNull(),
    bulkDiscountCents: money('bulk_discount_cents').notNull().default(0),
    voucherDiscountCents: money('voucher_discount_cents').notNull().default(0),
    shippingCents: money('shipping_cents').notNull().default(0),
    creditAppliedCents: money('credit_applied_cents').notNull().default(0),
    totalCents: money('total_cents').notNull(),
    voucherId: uuid('voucher_id').references(() => vouchers.id),
    voucherCode: text('voucher_code'),
    isVipPricing: boolean('is_vip_pricing').notNull().default(false),
    estimatedDeliveryDate: date('estimated_delivery_date', { mode: 'string' }).notNull(),
    reservationExpiresAt: timestamp('reservation_expires_at', { withTimezone: true }),
    reservationReleasedAt: timestamp('reservation_released_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    // EXPIRED, CUSTOMER, STAFF, PAYMENT_DECLINED …: why a CANCELLED order ended.
    cancellationReason: text('cancellation_reason'),
    trackingNumber: text('tracking_number'),
    // Money taken that the store owes back: an approval after the stock was gone (PAID_WITHOUT_STOCK) or a
    // second approved transaction for an already-paid order (DUPLICATE_PAYMENT). Resolved from the admin queue.
    paymentIssue: text('payment_issue'),
    refundDueCents: money('refund_due_cents').notNull().default(0),
    refundResolvedAt: timestamp('refund_resolved_at', { withTimezone: true }),
    // The purchase terms the shopper accepted at checkout (lib/legal/purchase-terms.ts) and when.
    termsVersion: text('terms_version'),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('orders_user_created_idx').on(t.userId, t.createdAt),
    index('orders_status_created_idx').on(t.status, t.createdAt),
    index('orders_refund_due_idx')
      .on(t.createdAt)
      .where(sql`${t.refundDueCents} > 0 AND ${t.refundResolvedAt} IS NULL`),
    // #25: the expiry sweeper reads only pending orders by expiry.
    index('orders_pending_expiry_idx')
      .on(t.reservationExpiresAt)
      .where(sql`${t.status} = 'PENDING_PAYMENT'`),
    check(
      'orders_money_nonnegative',
      sql`${t.subtotalCents} >= 0 AND ${t.bulkDiscountCents} >= 0 AND ${t.voucherDiscountCents} >= 0 AND ${t.shippingCents} >= 0 AND ${t.creditAppliedCents} >= 0 AND ${t.totalCents} >= 0`,
    ),
    check(
      'orders_total_adds_up',
      sql`${t.totalCents} = ${t.subtotalCents} - ${t.bulkDiscountCents} - ${t.voucherDiscountCents} + ${t.shippingCents} - ${t.creditAppliedCents}`,
    ),
    check('orders_terms_accepted_together', sql`(${t.termsVersion} IS NULL) = (${t.termsAcceptedAt} IS NULL)`),
    check('orders_refund_due_nonnegative', sql`${t.refundDueCents} >= 0`),
    check('orders_total_whole_pesos', sql`${t.totalCents} % 100 = 0`),
    check(
      'orders_delivery_has_address',
      sql`${t.deliveryOption} = 'PICKUP' OR (${t.addressLine1} IS NOT NULL AND ${t.addressCity} IS NOT NULL AND ${t.addressDepartment} IS NOT NULL AND ${t.addressPhone} IS NOT NULL)`,
    ),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    // Snapshots: what the shopper bought, even if the catalogue changes later.
    productName: text('product_name').notNull(),
    productSlug: text('product_slug').notNull(),
    variantName: text('variant_name').notNull(),
    sku: text('sku').notNull(),
    imageUrl: text('image_url'),
    quantity: integer('quantity').notNull(),
    regularUnitPriceCents: integer('regular_unit_price_cents').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    bulkDiscountPercent: integer('bulk_discount_percent').notNull().default(0),
    lineDiscountCents: money('line_discount_cents').notNull().default(0),
    lineTotalCents: money('line_total_cents').notNull(),
    quantityReturned: integer('quantity_returned').notNull().default(0),
  },
  (t) => [
    index('order_items_order_idx').on(t.orderId),
    index('order_items_variant_idx').on(t.variantId),
    index('order_items_product_idx').on(t.productId),
    check('order_items_quantity_positive', sql`${t.quantity} > 0`),
    check('order_items_returned_range', sql`${t.quantityReturned} >= 0 AND ${t.quantityReturned} <= ${t.quantity}`),
    check(
      'order_items_line_total',
      sql`${t.lineTotalCents} = ${t.unitPriceCents}::bigint * ${t.quantity} - ${t.lineDiscountCents}`,
    ),
  ],
);

export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorType: orderActorType('actor_type').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_status_history_order_idx').on(t.orderId, t.createdAt)],
);

// Relations for drizzle's relational queries: an order with its items and history in one statement.
export const ordersRelations = relations(orders, ({ many }) => ({
  items: many(orderItems),
  statusHistory: many(orderStatusHistory),
}));
export const orderItemsRelations = relations(orderItems, ({ one }) => ({
  order: one(orders, { fields: [orderItems.orderId], references: [orders.id] }),
}));
export const orderStatusHistoryRelations = relations(orderStatusHistory, ({ one }) => ({
  order: one(orders, { fields: [orderStatusHistory.orderId], references: [orders.id] }),
}));

export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type DeliveryOption = (typeof deliveryOption.enumValues)[number];
