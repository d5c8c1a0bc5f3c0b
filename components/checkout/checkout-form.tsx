'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { placeOrderAction } from '@/lib/actions/checkout/place-order-action';
import type { CheckoutPreview } from '@/lib/checkout/get-checkout-preview';
import { newIdempotencyKey } from '@/components/cart/idempotency-key';
import { useIsHydrated } from '@/components/cart/use-is-hydrated';
import type { CartView } from '@/lib/cart/get-cart-view';
import { idleState } from '@/lib/http/action-state-shape';
import { formatCop } from '@/lib/money';
import type { DeliveryOptionCode } from '@/lib/pricing/price-order';
import { AddressFields, emptyAddress, type AddressDraft } from './address-fields';
import { DeliveryOptions } from './delivery-options';
import { OrderSummary } from './order-summary';
import { VoucherField } from './voucher-field';

type CheckoutFormProps = {
  items: CartView['items'];
  preview: CheckoutPreview;
  isBlocked: boolean;
  terms: { version: string; title: string; url: string };
};

const CART_PROBLEMS = new Set([
  'MKT-STOCK',
  'MKT-PRODUCT-INACTIVE',
  'MKT-CART-EMPTY',
  'MKT-MIN-QUANTITY',
  'MKT-MAX-QUANTITY',
  'MKT-QUANTITY-LIMIT',
]);

function fieldElementId(key: string): string {
  if (key === 'voucherCode') return 'voucher-code';
  if (key === 'deliveryOption') return 'delivery-option-first';
  if (key === 'acceptTerms') return 'accept-terms';
  return key.replace('.', '-');
}

/**
 * Delivery, address and voucher, the server-priced summary, and "Confirmar pedido". The total the
 * shopper sees is sent as `expectedTotalCents`; the server refuses the order if it differs.
 */
export function CheckoutForm({ items, preview, isBlocked, terms }: CheckoutFormProps) {
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [deliveryOption, setDeliveryOption] = useState<DeliveryOptionCode>('DELIVERY');
  const [address, setAddress] = useState<AddressDraft>(emptyAddress);
  const [useCredit, setUseCredit] = useState(preview.withCredit !== null);
  const [state, dispatch, isPending] = useActionState(placeOrderAction, idleState);
  // One key per attempt: kept while an attempt may still be running, replaced once it was refused.
  const attemptKey = useRef<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // Before hydration a submit would be a native GET with the address in the URL: keep the form inert.
  const isHydrated = useIsHydrated();
  const voucherCode = preview.voucher && preview.voucher.error === null ? preview.voucher.code : null;
  const isPayingWithCredit = useCredit && preview.withCredit !== null;
  const totals =
    isPayingWithCredit && preview.withCredit ? preview.withCredit[deliveryOption] : preview.options[deliveryOption];

  useEffect(() => {
    if (state.ok || !state.code) return;
    if (state.code !== 'IDEMPOTENCY-IN-FLIGHT') attemptKey.current = null;
    const firstField = state.fields ? Object.keys(state.fields)[0] : undefined;
    const target = firstField ? document.getElementById(fieldElementId(firstField)) : null;
    (target ?? alertRef.current)?.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending || isBlocked) return;
    attemptKey.current ??= newIdempotencyKey();
    const notes = address.notes.trim();
    const input = {
      idempotencyKey: attemptKey.current,
      order: {
        deliveryOption,
        ...(deliveryOption === 'DELIVERY'
          ? {
              address: {
                line1: address.line1,
                city: address.city,
                department: address.department,
                phone: address.phone,
                ...(notes ? { notes } : {}),
              },
            }
          : {}),
        ...(voucherCode ? { voucherCode } : {}),
        useCredit: isPayingWithCredit,
        expectedTotalCents: totals.totalCents,
        acceptTerms,
        termsVersion: terms.version,
      },
    };
    startTransition(() => dispatch(input));
  }

  const fieldErrors = !state.ok ? (state.fields ?? {}) : {};
  const isPriceChange = state.code === 'MKT-PRICE-CHANGED';

  return (
    <form onSubmit={submit} noValidate aria-describedby={state.message ? 'checkout-alert' : undefined}>
      <fieldset disabled={!isHydrated} className="grid min-w-0 gap-8 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-8">
          {!state.ok && state.message ? (
            <div
              id="checkout-alert"
              ref={alertRef}
              tabIndex={-1}
              role="alert"
              className={
                isPriceChange
                  ? 'rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950'
                  : 'rounded-xl border border-red-200 bg-red-50 p-4 text-red-900'
              }
            >
              <p className="font-semibold">
                {isPriceChange ? 'El total de tu pedido cambió' : 'No pudimos confirmar tu pedido'}
              </p>
              <p className="mt-1 text-sm">
                {state.message}
                {isPriceChange ? ' Ya actualizamos el resumen: revísalo y confirma de nuevo.' : null}
              </p>
              {state.code && CART_PROBLEMS.has(state.code) ? (
                <Link href="/carrito" className="mt-2 inline-block text-sm font-semibold underline">
                  Revisar el carrito
                </Link>
              ) : null}
            </div>
          ) : null}

          <section className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
            <DeliveryOptions
              value={deliveryOption}
              onChange={setDeliveryOption}
              preview={preview}
              error={fieldErrors.deliveryOption}
            />
          </section>

          {deliveryOption === 'DELIVERY' ? (
            <section className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
              <AddressFields value={address} onChange={setAddress} errors={fieldErrors} />
            </section>
          ) : null}

          <section className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
            <VoucherField applied={preview.voucher} error={fieldErrors.voucherCode} />
          </section>

          {preview.withCredit ? (
            <section className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  checked={useCredit}
                  onChange={(event) => setUseCredit(event.target.checked)}
                  className="mt-1 size-4 accent-brand-700"
                />
                <span>
                  <span className="block font-semibold text-stone-900">Usar mi saldo a favor</span>
                  <span className="text-sm text-stone-700">
                    Tienes {formatCop(preview.creditBalanceCents)}; se descuenta primero y pagas el resto con Wompi.
                  </span>
                  {preview.creditExpiringSoon ? (
                    <span className="mt-1 block text-sm font-medium text-amber-800">
                      Vence pronto: {formatCop(preview.creditExpiringSoon.amountCents)} antes del{' '}
                      {new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' }).format(
                        new Date(preview.creditExpiringSoon.firstExpiresAt),
                      )}
                      .
                    </span>
                  ) : null}
                </span>
              </label>
            </section>
          ) : null}
        </div>

        <aside
          aria-labelledby="checkout-summary-title"
          className="h-fit rounded-2xl border border-sand-200 bg-white p-5 lg:sticky lg:top-32"
        >
          <h2 id="checkout-summary-title" className="mb-2 font-serif text-xl text-brand-900">
            Tu pedido
          </h2>
          <OrderSummary items={items} totals={totals} deliveryOption={deliveryOption} voucherCode={voucherCode} />
          {isBlocked ? (
            <p className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              Hay productos de tu carrito que no se pueden comprar así.{' '}
              <Link href="/carrito" className="font-semibold underline">
                Revisa el carrito
              </Link>
              .
            </p>
          ) : null}
          <div className="mt-4">
            <label className="flex cursor-pointer items-start gap-3 text-sm text-stone-800">
              <input
                id="accept-terms"
                type="checkbox"
                checked={acceptTerms}
                onChange={(event) => setAcceptTerms(event.target.checked)}
                aria-invalid={fieldErrors.acceptTerms ? true : undefined}
                aria-describedby={fieldErrors.acceptTerms ? 'accept-terms-error' : undefined}
                className="mt-0.5 size-4 accent-brand-700"
              />
              <span>
                Acepto los{' '}
                <Link href={terms.url} target="_blank" className="font-semibold text-brand-700 underline">
                  términos de compra
                </Link>{' '}
                (versión {terms.version}).
              </span>
            </label>
            {fieldErrors.acceptTerms ? (
              <p id="accept-terms-error" className="mt-1 text-sm text-red-700">
                {fieldErrors.acceptTerms}
              </p>
            ) : null}
          </div>
          <button
            type="submit"
            disabled={isPending || isBlocked}
            aria-disabled={isPending || isBlocked}
            className="mt-4 inline-flex w-full items-center justify-center rounded-lg bg-brand-700 px-4 py-3 text-lg font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-70"
          >
            {isPending ? 'Confirmando…' : 'Confirmar pedido'}
          </button>
          <p className="mt-2 text-center text-xs text-stone-600">
            Reservamos tus productos por unos minutos mientras pagas con Wompi.
          </p>
        </aside>
      </fieldset>
    </form>
  );
}
