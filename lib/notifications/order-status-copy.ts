import type { DeliveryOption, OrderStatus } from '@/db/schema/orders';
import { formatCop } from '@/lib/money';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

/**
 * The statuses a shopper hears about (#17). Not RETURN_REQUESTED (the shopper did it and saw it on
 * screen) nor FRAUD_ALERT (an internal review that must not tip anyone off).
 */
export const CUSTOMER_FACING_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'PENDING_PAYMENT',
  'PAID',
  'PREPARING',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'REFUNDED',
]);

export type OrderNoticeInput = {
  status: OrderStatus;
  orderNumber: number;
  totalCents: number;
  deliveryOption: DeliveryOption;
  trackingNumber: string | null;
  cancellationReason: string | null;
  reservationExpiresAt: Date | null;
  /** Why a return was decided that way, when staff wrote it. */
  reason: string | null;
};

export type OrderNoticeCopy = { title: string; body: string; subject: string; paragraphs: string[] };

const bogotaTime = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  hour: 'numeric',
  minute: '2-digit',
  day: 'numeric',
  month: 'long',
});

/** Spanish wording for each customer-facing status; null for the ones the shopper is not told about. */
export function orderStatusCopy(input: OrderNoticeInput): OrderNoticeCopy | null {
  if (!CUSTOMER_FACING_STATUSES.has(input.status)) return null;
  const n = `#${input.orderNumber}`;
  const total = formatCop(input.totalCents);
  const notice = (title: string, body: string, extra: string[] = []): OrderNoticeCopy => ({
    title,
    body,
    subject: `${title} · Botica`,
    paragraphs: [body, ...extra],
  });
  switch (input.status) {
    case 'PENDING_PAYMENT': {
      // Store credit or a voucher covered everything: the order is paid at once, nothing to pay online.
      if (input.totalCents === 0)
        return notice(
          `Recibimos tu pedido ${n}`,
          'Quedó pagado con tu saldo a favor; te avisaremos cuando empecemos a prepararlo.',
        );
      const until = input.reservationExpiresAt ? ` hasta el ${bogotaTime.format(input.reservationExpiresAt)}` : '';
      return notice(
        `Recibimos tu pedido ${n}`,
        `Apartamos tus productos${until}. Completa el pago de ${total} para confirmarlo.`,
      );
    }
    case 'PAID':
      return notice(
        `Pago confirmado: pedido ${n}`,
        `Recibimos tu pago de ${total}. Te avisaremos cuando empecemos a prepararlo.`,
      );
    case 'PREPARING':
      return notice(
        `Estamos preparando tu pedido ${n}`,
        input.deliveryOption === 'PICKUP'
          ? 'Lo estamos alistando; te avisaremos cuando puedas recogerlo.'
          : 'Lo estamos alistando con cuidado para enviarlo.',
      );
    case 'SHIPPED':
      return notice(
        `Tu pedido ${n} va en camino`,
        input.trackingNumber
          ? `Número de guía: ${input.trackingNumber}.`
          : 'Ya salió de la tienda y pronto lo recibirás.',
        input.trackingNumber ? ['Con ese número puedes seguir el envío en la transportadora.'] : [],
      );
    case 'DELIVERED':
      return notice(
        `Pedido ${n} entregado`,
        'Esperamos que lo disfrutes. Si algo no está bien, puedes solicitar una devolución desde «Mis pedidos».',
      );
    case 'CANCELLED':
      if (input.cancellationReason === 'EXPIRED') {
        return notice(
          `Tu reserva del pedido ${n} venció`,
          'No recibimos el pago a tiempo, así que liberamos los productos. Puedes volver a comprarlos cuando quieras.',
        );
      }
      return notice(
        `Pedido ${n} cancelado`,
        input.cancellationReason === 'CUSTOMER'
          ? 'Cancelaste el pedido y liberamos los productos.'
          : 'Tu pedido fue cancelado. Si ya pagaste, te contactaremos para el reembolso.',
      );
    case 'RETURN_APPROVED':
      return notice(`Aprobamos tu devolución del pedido ${n}`, 'Te avisaremos cuando registremos el reembolso.');
    case 'RETURN_REJECTED':
      return notice(
        `Tu devolución del pedido ${n} no fue aprobada`,
        input.reason ? `Motivo: ${input.reason}` : 'Escríbenos si quieres más detalles.',
      );
    case 'REFUNDED':
      return notice(`Reembolso del pedido ${n}`, 'Registramos el reembolso de tu devolución.');
    default:
      return null;
  }
}

export function orderStatusDetails(input: OrderNoticeInput): Array<{ label: string; value: string }> {
  const details = [
    { label: 'Pedido', value: `#${input.orderNumber}` },
    { label: 'Estado', value: ORDER_STATUS_LABEL[input.status] },
    { label: 'Total', value: formatCop(input.totalCents) },
  ];
  if (input.trackingNumber && input.status === 'SHIPPED') details.push({ label: 'Guía', value: input.trackingNumber });
  return details;
}
