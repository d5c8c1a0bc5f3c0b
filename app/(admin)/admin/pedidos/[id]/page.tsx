import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { formatCalendarDate, formatDateTime } from '@/components/admin/format';
import { OrderTransitions } from '@/components/admin/order-transitions';
import { PageHeader } from '@/components/admin/page-header';
import { Badge, OrderStatusBadge } from '@/components/admin/status-badge';
import { getDb } from '@/db/client';
import { getAdminOrder, type AdminOrderDetail } from '@/lib/admin/orders/get-admin-order';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';
import { transitionOrderAction } from '@/lib/actions/admin/transition-order-action';

export const metadata: Metadata = { title: 'Pedido' };

const ACTOR_LABEL = { CUSTOMER: 'Clienta', STAFF: 'Equipo', SYSTEM: 'Sistema', PAYMENT_PROVIDER: 'Wompi' } as const;
const PAYMENT_LABEL: Record<string, string> = {
  CREATED: 'Creado',
  PENDING: 'Pendiente',
  APPROVED: 'Aprobado',
  DECLINED: 'Rechazado',
  VOIDED: 'Anulado',
  ERROR: 'Error',
};

function Card({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function cancelNote(order: AdminOrderDetail): string {
  if (order.status === 'PENDING_PAYMENT')
    return 'Se libera la reserva: las unidades vuelven a estar disponibles y el cupón o saldo usado se devuelve.';
  const refund =
    order.totalCents > 0
      ? ` El total pagado (${formatCop(order.totalCents)}) queda como reembolso pendiente en la cola de reembolsos.`
      : '';
  return `Las unidades vuelven al stock con un movimiento de devolución y el saldo a favor usado se devuelve.${refund}`;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1 text-sm">
      <dt className="text-stone-600">{label}</dt>
      <dd className="text-right text-stone-900">{children}</dd>
    </div>
  );
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPage('orders');
  const { id } = await params;
  const order = await getAdminOrder(getDb(), id).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });

  return (
    <>
      <PageHeader
        title={`Pedido #${order.number}`}
        back={{ href: '/admin/pedidos', label: 'Pedidos' }}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={order.status} />
            <span className="text-sm">Creado el {formatDateTime(order.createdAt)}</span>
            {order.refundDueCents > 0 && !order.refundResolvedAt ? (
              <Badge tone="warn">Reembolso pendiente: {formatCop(order.refundDueCents)}</Badge>
            ) : null}
            {order.voucherOverLimitAt ? (
              <Badge tone="warn">Cupón {order.voucherCode} usado por encima de su límite (pago tardío)</Badge>
            ) : null}
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Card id="items" title="Productos">
            <DataTable
              compact
              caption="Productos del pedido"
              head={
                <>
                  <Th>Producto</Th>
                  <Th>SKU</Th>
                  <Th align="right">Cant.</Th>
                  <Th align="right">Unitario</Th>
                  <Th align="right">Total</Th>
                </>
              }
            >
              {order.items.map((i) => (
                <tr key={i.id}>
                  <Td>
                    {i.productName} <span className="text-stone-600">· {i.variantName}</span>
                    {i.bulkDiscountPercent > 0 ? (
                      <span className="block text-xs text-stone-600">−{i.bulkDiscountPercent} % por volumen</span>
                    ) : null}
                  </Td>
                  <Td className="font-mono text-xs whitespace-nowrap">{i.sku}</Td>
                  <Td align="right">{i.quantity}</Td>
                  <Td align="right">{formatCop(i.unitPriceCents)}</Td>
                  <Td align="right">{formatCop(i.lineTotalCents)}</Td>
                </tr>
              ))}
            </DataTable>
            <dl className="ml-auto max-w-sm divide-y divide-sand-100">
              <Row label="Subtotal">{formatCop(order.subtotalCents)}</Row>
              {order.bulkDiscountCents > 0 ? (
                <Row label="Descuento por volumen">−{formatCop(order.bulkDiscountCents)}</Row>
              ) : null}
              {order.voucherDiscountCents > 0 ? (
                <Row label={`Cupón ${order.voucherCode ?? ''}`}>−{formatCop(order.voucherDiscountCents)}</Row>
              ) : null}
              <Row label="Envío">{formatCop(order.shippingCents)}</Row>
              {order.creditAppliedCents > 0 ? (
                <Row label="Saldo a favor">−{formatCop(order.creditAppliedCents)}</Row>
              ) : null}
              <Row label="Total">
                <strong>{formatCop(order.totalCents)}</strong>
              </Row>
            </dl>
          </Card>

          <Card id="payments" title="Pagos">
            {order.paymentAttempts.length === 0 ? (
              <p className="text-sm text-stone-700">
                {order.creditAppliedCents > 0 && order.totalCents === 0
                  ? 'Pagado por completo con saldo a favor.'
                  : 'Sin intentos de pago.'}
              </p>
            ) : (
              <ul className="space-y-3">
                {order.paymentAttempts.map((a) => (
                  <li key={a.id} className="rounded-lg border border-sand-200 p-3 text-sm">
                    <p className="flex flex-wrap justify-between gap-2">
                      <span className="font-mono">{a.reference}</span>
                      <span>
                        {formatCop(a.amountCents)} · {PAYMENT_LABEL[a.status] ?? a.status}
                      </span>
                    </p>
                    <p className="text-xs text-stone-600">Iniciado el {formatDateTime(a.createdAt)}</p>
                    {order.paymentTransactions.filter((t) => t.attemptId === a.id).length > 0 ? (
                      <ul className="mt-2 space-y-1 border-t border-sand-100 pt-2">
                        {order.paymentTransactions
                          .filter((t) => t.attemptId === a.id)
                          .map((t) => (
                            <li key={t.id} className="flex flex-wrap justify-between gap-2 text-xs">
                              <span className="font-mono">{t.providerTransactionId}</span>
                              <span>
                                {PAYMENT_LABEL[t.status] ?? t.status} · {formatCop(t.amountCents)} ·{' '}
                                {t.paymentMethodType ?? '—'}
                                {t.outcome ? ` · ${t.outcome}` : ''}
                              </span>
                            </li>
                          ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card id="history" title="Historial de estados">
            <ol className="space-y-2 text-sm">
              {order.statusHistory.map((h) => (
                <li key={h.id} className="flex flex-wrap justify-between gap-2 border-l-2 border-brand-200 pl-3">
                  <span>
                    <strong>{ORDER_STATUS_LABEL[h.toStatus]}</strong>
                    {h.reason ? <span className="block text-stone-600">{h.reason}</span> : null}
                  </span>
                  <span className="text-right text-stone-600">
                    {formatDateTime(h.createdAt)}
                    <span className="block text-xs">
                      {ACTOR_LABEL[h.actorType]}
                      {h.actorName ? ` · ${h.actorName}` : ''}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          </Card>

          <Card id="audit" title="Auditoría">
            {order.audit.length === 0 ? (
              <p className="text-sm text-stone-700">Nadie del equipo ha cambiado este pedido.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {order.audit.map((a) => (
                  <li key={a.id} className="rounded-lg border border-sand-200 p-2">
                    <p className="flex flex-wrap justify-between gap-2">
                      <span className="font-semibold">{a.actorName ?? 'Sistema'}</span>
                      <span className="text-stone-600">{formatDateTime(a.createdAt)}</span>
                    </p>
                    <pre className="mt-1 overflow-x-auto text-xs whitespace-pre-wrap text-stone-700">
                      {JSON.stringify({ antes: a.before, después: a.after }, null, 1)}
                    </pre>
                  </li>
                ))}
              </ul>
            )}
            <Link
              href={`/admin/auditoria?entity=order:${order.id}`}
              className="text-sm font-semibold text-brand-800 hover:underline"
            >
              Ver en el registro de auditoría
            </Link>
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card id="next-steps" title="Siguiente paso">
            <OrderTransitions
              action={transitionOrderAction}
              orderId={order.id}
              allowed={order.allowedTransitions}
              cancelNote={cancelNote(order)}
            />
          </Card>
          <Card id="customer" title="Clienta y entrega">
            <dl className="divide-y divide-sand-100">
              <Row label="Nombre">{order.customerName}</Row>
              <Row label="Correo">
                <a href={`mailto:${order.customerEmail}`} className="text-brand-800 underline">
                  {order.customerEmail}
                </a>
              </Row>
              <Row label="Entrega">{order.deliveryOption === 'DELIVERY' ? 'Domicilio' : 'Recoge en el spa'}</Row>
              {order.deliveryOption === 'DELIVERY' ? (
                <Row label="Dirección">
                  {order.addressLine1}, {order.addressCity} ({order.addressDepartment}) · {order.addressPhone}
                  {order.addressNotes ? (
                    <span className="block text-xs text-stone-600">{order.addressNotes}</span>
                  ) : null}
                </Row>
              ) : null}
              <Row label="Entrega estimada">{formatCalendarDate(order.estimatedDeliveryDate)}</Row>
              {order.trackingNumber ? (
                <Row label="Guía">
                  <span className="font-mono">{order.trackingNumber}</span>
                </Row>
              ) : null}
              {order.deliveredAt ? <Row label="Entregado">{formatDateTime(order.deliveredAt)}</Row> : null}
              {order.paymentIssue ? <Row label="Incidencia de pago">{order.paymentIssue}</Row> : null}
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
