import type { OrderDetail } from './get-order';
import type { OrderPaymentView } from './get-order-payment';
import { ORDER_STATUS_LABEL } from './state-machine';

/** The docs/api.md order shape, shared by the JSON API and the pages. */
export function orderToJson(order: OrderDetail, payment: OrderPaymentView | null = null) {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    statusLabel: ORDER_STATUS_LABEL[order.status],
    cancellationReason: order.cancellationReason,
    items: order.items.map((i) => ({
      id: i.id,
      variantId: i.variantId,
      productSlug: i.productSlug,
      productName: i.productName,
      variantName: i.variantName,
      sku: i.sku,
      imageUrl: i.imageUrl,
      quantity: i.quantity,
      quantityReturned: i.quantityReturned,
      regularUnitPriceCents: i.regularUnitPriceCents,
      unitPriceCents: i.unitPriceCents,
      bulkDiscountPercent: i.bulkDiscountPercent,
      lineDiscountCents: i.lineDiscountCents,
      lineTotalCents: i.lineTotalCents,
    })),
    subtotalCents: order.subtotalCents,
    discountCents: order.bulkDiscountCents + order.voucherDiscountCents,
    bulkDiscountCents: order.bulkDiscountCents,
    voucherDiscountCents: order.voucherDiscountCents,
    voucherCode: order.voucherCode,
    shippingCents: order.shippingCents,
    creditAppliedCents: order.creditAppliedCents,
    totalCents: order.totalCents,
    deliveryOption: order.deliveryOption,
    address:
      order.deliveryOption === 'DELIVERY'
        ? {
            line1: order.addressLine1,
            city: order.addressCity,
            department: order.addressDepartment,
            phone: order.addressPhone,
            notes: order.addressNotes,
          }
        : null,
    estimatedDeliveryDate: order.estimatedDeliveryDate,
    reservationExpiresAt: order.reservationExpiresAt?.toISOString() ?? null,
    trackingNumber: order.trackingNumber,
    paidAt: order.paidAt?.toISOString() ?? null,
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    createdAt: order.createdAt.toISOString(),
    terms: order.termsVersion
      ? { version: order.termsVersion, acceptedAt: order.termsAcceptedAt?.toISOString() ?? null }
      : null,
    statusHistory: order.statusHistory.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      actorType: h.actorType,
      reason: h.reason,
      at: h.createdAt.toISOString(),
    })),
    payment,
  };
}
