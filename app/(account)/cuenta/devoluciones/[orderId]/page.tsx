import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ReturnRequestForm } from '@/components/returns/return-request-form';
import { getCurrentUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { getOrderForOwner } from '@/lib/orders/get-order';
import { isWithinReturnWindow } from '@/lib/returns/return-window';
import { getStoreSettings } from '@/lib/settings/store-settings';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Solicitar devolución' };

export default async function RequestReturnPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/ingresar?next=/cuenta/devoluciones/${orderId}`);
  const db = getDb();
  const order = await getOrderForOwner(db, { orderId, ownerId: user.id }).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const settings = await getStoreSettings(db);
  const isOpen =
    (order.status === 'DELIVERED' || order.status === 'REFUNDED') &&
    order.deliveredAt !== null &&
    isWithinReturnWindow(order.deliveredAt, settings.returnWindowDays);
  const lines = order.items
    .filter((i) => i.quantity - i.quantityReturned > 0)
    .map((i) => ({
      id: i.id,
      productName: i.productName,
      variantName: i.variantName,
      returnable: i.quantity - i.quantityReturned,
      unitPrice: formatCop(Math.floor(i.lineTotalCents / i.quantity)),
    }));

  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Link href={`/cuenta/pedidos/${order.id}`} className="text-sm text-brand-700 underline">
        ← Volver al pedido #{order.number}
      </Link>
      <h1 className="mt-3 font-serif text-3xl text-brand-900">Solicitar una devolución</h1>
      <p className="mt-2 text-stone-700">
        Tienes {settings.returnWindowDays} días desde la entrega. Te devolvemos lo que pagaste por las unidades
        aprobadas como saldo a favor para tu próxima compra.
      </p>
      <div className="mt-6">
        {isOpen && lines.length > 0 ? (
          <ReturnRequestForm orderId={order.id} lines={lines} />
        ) : (
          <p role="status" className="rounded-xl border border-sand-200 bg-white p-6 text-stone-700">
            {order.status === 'RETURN_REQUESTED'
              ? 'Ya tienes una solicitud de devolución abierta para este pedido. Te avisaremos cuando la revisemos.'
              : lines.length === 0
                ? 'Ya devolviste todas las unidades de este pedido.'
                : 'Este pedido no admite devoluciones: solo pedidos entregados dentro del plazo.'}
          </p>
        )}
      </div>
    </div>
  );
}
