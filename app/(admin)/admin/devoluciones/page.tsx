import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { RefundDueForm } from '@/components/returns/refund-due-form';
import { ReturnDecisionForm } from '@/components/returns/return-decision-form';
import { getCurrentUser } from '@/lib/auth/guards';
import { formatCop } from '@/lib/money';
import { listRefundsDue, listReturns, type ReturnStatusFilter } from '@/lib/returns/list-returns';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Devoluciones y reembolsos' };

const TABS: Array<{ value: ReturnStatusFilter; label: string }> = [
  { value: 'REQUESTED', label: 'Por decidir' },
  { value: 'APPROVED', label: 'Aprobadas' },
  { value: 'REJECTED', label: 'Rechazadas' },
  { value: 'ALL', label: 'Todas' },
];

const ISSUE_LABEL: Record<string, string> = {
  PAID_WITHOUT_STOCK: 'Pagado sin stock',
  DUPLICATE_PAYMENT: 'Pago duplicado',
  PAID_AFTER_CANCELLATION: 'Pagado después de cancelar',
  CANCELLED_AFTER_PAYMENT: 'Cancelado después del pago',
  AMOUNT_MISMATCH: 'Monto distinto',
  FRAUD_REVIEW_PAYMENT: 'Pago en revisión',
};

const dateFmt = new Intl.DateTimeFormat('es-CO', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Bogota',
});

export default async function ReturnsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await getCurrentUser();
  if (!user || (user.role !== 'ADMIN' && user.role !== 'STAFF')) notFound();
  const params = await searchParams;
  const status = TABS.find((t) => t.value === params.estado)?.value ?? 'REQUESTED';
  const db = getDb();
  const [returns, refunds] = await Promise.all([listReturns(db, { status }), listRefundsDue(db)]);
  const canDecide = user.role === 'ADMIN';

  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl text-brand-900">Devoluciones y reembolsos</h1>
        <p className="mt-1 text-stone-700">
          Decide las solicitudes de devolución y salda el dinero que la tienda debe a sus clientes.
        </p>
      </header>

      <section aria-labelledby="refunds-due">
        <h2 id="refunds-due" className="text-xl font-semibold text-stone-900">
          Reembolsos pendientes <span className="text-base font-normal text-stone-600">({refunds.length})</span>
        </h2>
        {refunds.length === 0 ? (
          <p className="mt-3 rounded-xl border border-dashed border-sand-200 bg-white p-6 text-center text-stone-600">
            No hay dinero pendiente de devolver. 🎉
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-sand-200 rounded-xl border border-sand-200 bg-white">
            {refunds.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-4 p-4">
                <div>
                  <p className="font-semibold">
                    Pedido #{r.number} ·{' '}
                    <span className="text-clay-600">{ISSUE_LABEL[r.paymentIssue ?? ''] ?? r.paymentIssue}</span>
                  </p>
                  <p className="text-sm text-stone-600">
                    {r.customerName} ({r.customerEmail}) · debe {formatCop(r.refundDueCents)}
                  </p>
                </div>
                {canDecide ? (
                  <RefundDueForm orderId={r.id} />
                ) : (
                  <p className="text-sm text-stone-600">Solo un administrador registra reembolsos.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="returns">
        <h2 id="returns" className="text-xl font-semibold text-stone-900">
          Solicitudes de devolución
        </h2>
        <nav aria-label="Filtrar devoluciones" className="mt-3 flex flex-wrap gap-2">
          {TABS.map((t) => (
            <Link
              key={t.value}
              href={`/admin/devoluciones?estado=${t.value}`}
              aria-current={t.value === status ? 'page' : undefined}
              className={`rounded-full px-3 py-1 text-sm ${t.value === status ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-sand-200 hover:bg-sand-100'}`}
            >
              {t.label}
            </Link>
          ))}
        </nav>
        {returns.length === 0 ? (
          <p className="mt-4 rounded-xl border border-dashed border-sand-200 bg-white p-6 text-center text-stone-600">
            No hay devoluciones en esta lista.
          </p>
        ) : (
          <ul className="mt-4 space-y-4">
            {returns.map((r) => (
              <li key={r.id} className="rounded-xl border border-sand-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold">
                    Pedido #{r.orderNumber} · {r.customerName}{' '}
                    <span className="font-normal text-stone-600">({r.customerEmail})</span>
                  </p>
                  <p className="text-sm text-stone-600">Solicitada {dateFmt.format(r.createdAt)}</p>
                </div>
                <p className="mt-2 text-sm">
                  <span className="font-medium">Motivo:</span> {r.reason}
                </p>
                <ul className="mt-2 text-sm text-stone-700">
                  {r.items.map((i) => (
                    <li key={i.orderItemId}>
                      {i.productName} · {i.variantName}: pide {i.quantityRequested} de {i.quantityBought}
                      {i.quantityApproved !== null
                        ? ` · aprobadas ${i.quantityApproved}${i.restock ? ' (reingresadas)' : ' (dadas de baja)'}`
                        : ''}
                    </li>
                  ))}
                </ul>
                {r.status === 'REQUESTED' && canDecide ? (
                  <ReturnDecisionForm
                    orderId={r.orderId}
                    lines={r.items.map((i) => ({
                      orderItemId: i.orderItemId,
                      productName: i.productName,
                      variantName: i.variantName,
                      quantityRequested: i.quantityRequested,
                    }))}
                  />
                ) : null}
                {r.status !== 'REQUESTED' ? (
                  <p className="mt-2 text-sm text-stone-700">
                    {r.status === 'APPROVED'
                      ? `Aprobada: ${formatCop(r.refundCents ?? 0)} ${r.refundMethod === 'MANUAL' ? `reembolso manual (${r.refundReference})` : 'en saldo a favor'}.`
                      : `Rechazada: ${r.decisionReason}`}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
