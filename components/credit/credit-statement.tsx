import type { creditEntries } from '@/db/schema';
import { expiringSoon } from '@/lib/credit/credit-lots';
import { formatCop } from '@/lib/money';

/** Matches CREDIT_EXPIRY_REMINDER_DAYS' default: the window the reminder email uses. */
const SOON_DAYS = 15;

type Entry = {
  id: number;
  kind: (typeof creditEntries.$inferSelect)['kind'];
  amountCents: number;
  balanceAfterCents: number;
  reason: string;
  createdAt: Date;
};

const KIND_LABEL: Record<Entry['kind'], string> = {
  REFUND: 'Devolución',
  COMPENSATION: 'Compensación',
  DEBIT: 'Compra',
  REVERSAL: 'Reintegro',
  CASHBACK: 'Cashback VIP',
  CASHBACK_REVOKED: 'Cashback retirado',
  EXPIRY: 'Vencimiento',
  ADJUSTMENT: 'Ajuste de la tienda',
};

const dateFmt = new Intl.DateTimeFormat('es-CO', { dateStyle: 'medium', timeZone: 'America/Bogota' });

/** Balance and movements of a shopper's store credit (server component). */
export function CreditStatement({
  balanceCents,
  entries,
  expiring = [],
}: {
  balanceCents: number;
  entries: Entry[];
  expiring?: Array<{ amountCents: number; expiresAt: string }>;
}) {
  const soon = expiringSoon(expiring, SOON_DAYS);
  return (
    <section aria-labelledby="credit-heading" className="rounded-2xl border border-sand-200 bg-white p-6">
      <h2 id="credit-heading" className="text-lg font-semibold text-stone-900">
        Saldo a favor
      </h2>
      <p className="mt-1 font-serif text-4xl text-brand-800" data-testid="credit-balance">
        {formatCop(balanceCents)}
      </p>
      <p className="mt-1 text-sm text-stone-600">
        Se usa al pagar marcando «Usar mi saldo a favor»; primero el que vence antes.
      </p>
      {soon ? (
        <p role="status" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-semibold">Vence pronto:</span> {formatCop(soon.amountCents)} antes del{' '}
          {dateFmt.format(new Date(soon.firstExpiresAt))}.
        </p>
      ) : null}
      {expiring.length > 0 ? (
        <details className="mt-3 text-sm text-stone-700">
          <summary className="cursor-pointer font-medium">Cuándo vence tu saldo</summary>
          <ul className="mt-2 space-y-1">
            {expiring.map((e) => (
              <li key={`${e.expiresAt}-${e.amountCents}`}>
                {formatCop(e.amountCents)} vence el {dateFmt.format(new Date(e.expiresAt))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {entries.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">Aún no tienes movimientos.</p>
      ) : (
        <table className="mt-4 w-full text-sm">
          <caption className="sr-only">Movimientos de saldo a favor</caption>
          <thead>
            <tr className="text-left text-stone-600">
              <th scope="col" className="py-1">
                Fecha
              </th>
              <th scope="col" className="py-1">
                Movimiento
              </th>
              <th scope="col" className="py-1 text-right">
                Monto
              </th>
              <th scope="col" className="py-1 text-right">
                Saldo
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-t border-sand-100">
                <td className="py-2">{dateFmt.format(e.createdAt)}</td>
                <td className="py-2">
                  <span className="font-medium">{KIND_LABEL[e.kind]}</span>{' '}
                  <span className="text-stone-600">· {e.reason}</span>
                </td>
                <td className={`py-2 text-right ${e.amountCents < 0 ? 'text-red-800' : 'text-brand-700'}`}>
                  {formatCop(e.amountCents)}
                </td>
                <td className="py-2 text-right">{formatCop(e.balanceAfterCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
