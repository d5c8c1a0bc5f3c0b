'use client';

import clsx from 'clsx';
import Image from 'next/image';
import Link from 'next/link';
import { AlertTriangle, Trash2 } from 'lucide-react';
import type { CartLineView } from '@/lib/cart/get-cart-view';
import { formatCop } from '@/lib/money';
import { cartIssueMessage, isBlockingIssue, lineQuantityBounds } from './cart-issues';
import { QuantityStepper } from './quantity-stepper';
import { useIsHydrated } from './use-is-hydrated';

type CartLineProps = {
  line: CartLineView;
  onQuantityChange: (quantity: number) => void;
  onRemove: () => void;
  /** The drawer's tighter layout. */
  compact?: boolean;
  onNavigate?: () => void;
};

function nextBulkTier(line: CartLineView) {
  return [...line.bulkDiscounts]
    .sort((a, b) => a.minQuantity - b.minQuantity)
    .find(
      (tier) =>
        tier.minQuantity > line.quantity &&
        tier.percent > line.bulkDiscountPercent &&
        tier.minQuantity <= Math.min(line.available, line.maxOrderQuantity),
    );
}

/** One cart line: what it is, what it costs, its quantity, and anything that stops it from being bought. */
export function CartLine({ line, onQuantityChange, onRemove, compact = false, onNavigate }: CartLineProps) {
  const { min, max } = lineQuantityBounds(line);
  const isInactive = line.issues.includes('PRODUCT-INACTIVE');
  const subtotal = line.unitPriceCents * line.quantity;
  const tier = compact ? undefined : nextBulkTier(line);
  const title = `${line.productName} ${line.variantName}`;
  const isHydrated = useIsHydrated();

  return (
    <li className={clsx('flex gap-3', compact ? 'py-3' : 'py-5')} data-testid="cart-line" data-sku={line.sku}>
      <div
        className={clsx('shrink-0 overflow-hidden rounded-xl bg-sand-100', compact ? 'size-16' : 'size-20 sm:size-24')}
      >
        {line.imageUrl ? (
          <Image src={line.imageUrl} alt="" width={96} height={96} unoptimized className="size-full object-cover" />
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p
              className={clsx('font-semibold text-brand-900', compact ? 'text-sm' : 'font-serif text-lg leading-snug')}
            >
              <Link href={`/productos/${line.productSlug}`} onClick={onNavigate} className="hover:underline">
                {line.productName}
              </Link>
            </p>
            <p className="text-sm text-stone-700">
              {line.variantName}
              {compact ? null : <span className="text-stone-600"> · Ref. {line.sku}</span>}
            </p>
            <p className="mt-0.5 text-sm text-stone-700">
              {formatCop(line.unitPriceCents)} c/u
              {line.isVipPrice ? (
                <>
                  {' '}
                  <span className="rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-bold text-amber-900">
                    VIP
                  </span>{' '}
                  <s className="text-stone-600">{formatCop(line.regularUnitPriceCents)}</s>
                </>
              ) : null}
            </p>
          </div>
          <div className="shrink-0 text-right">
            <p className="font-semibold text-stone-900" data-testid="line-total">
              {formatCop(line.lineTotalCents)}
            </p>
            {line.lineDiscountCents > 0 ? (
              <p className="text-xs text-brand-700">
                <s className="text-stone-600">{formatCop(subtotal)}</s> −{line.bulkDiscountPercent} %
              </p>
            ) : null}
          </div>
        </div>

        {line.issues.length > 0 ? (
          <ul className="mt-2 space-y-1" aria-label={`Avisos de ${title}`}>
            {line.issues.map((issue) => (
              <li
                key={issue}
                className={clsx(
                  'flex items-start gap-1.5 rounded-md px-2 py-1 text-sm',
                  isBlockingIssue(issue) ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-900',
                )}
              >
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
                <span>
                  {cartIssueMessage(issue, line)}
                  {issue === 'PRICE-CHANGED' ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        onClick={() => onQuantityChange(line.quantity)}
                        disabled={!isHydrated}
                        className="font-semibold underline"
                      >
                        Aceptar el precio nuevo
                      </button>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : null}

        {tier ? (
          <p className="mt-2 text-sm text-brand-800">
            Lleva {tier.minQuantity} y ahorra {tier.percent} % en esta presentación.
          </p>
        ) : null}

        <div className="mt-2 flex items-center gap-2">
          {isInactive ? null : (
            <QuantityStepper
              value={line.quantity}
              min={min}
              max={Math.max(max, line.quantity)}
              onChange={onQuantityChange}
              label={`Cantidad de ${title}`}
              size={compact ? 'sm' : 'md'}
            />
          )}
          <button
            type="button"
            onClick={onRemove}
            disabled={!isHydrated}
            className="inline-flex items-center gap-1 rounded-lg px-2 py-1.5 text-sm text-stone-700 hover:bg-red-50 hover:text-red-800"
            aria-label={`Quitar ${title} del carrito`}
          >
            <Trash2 aria-hidden className="size-4" />
            {compact ? null : <span>Quitar</span>}
          </button>
        </div>
      </div>
    </li>
  );
}
