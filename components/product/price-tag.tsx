import clsx from 'clsx';
import { priceViewFor, type PricePair } from '@/lib/catalog/price-view';
import { formatCop } from '@/lib/money';

type PriceTagProps = {
  prices: PricePair;
  /**
   * Whose price to present. Omit it on cached pages (the same HTML for everyone): both presentations
   * are rendered and CSS shows the shopper's (app/globals.css, `<html data-shopper>`).
   */
  isVip?: boolean;
  /** "Desde" prefix, for a product whose variants have different prices. */
  isFrom?: boolean;
  size?: 'md' | 'lg';
  className?: string;
};

/**
 * A price as this shopper pays it. VIP shoppers see their VIP price as the price with the regular
 * one struck through; everyone else sees the regular price and the VIP price as a members' teaser.
 * Screen readers hear the same thing in words ("Precio VIP", "antes").
 */
export function PriceTag(props: PriceTagProps) {
  if (props.isVip !== undefined) return <PriceView {...props} isVip={props.isVip} />;
  const hasVipPrice = priceViewFor(props.prices, { isVip: true }).kind === 'vip';
  if (!hasVipPrice) return <PriceView {...props} isVip={false} />;
  return (
    <>
      <PriceView {...props} isVip={false} className={clsx(props.className, 'non-vip-only')} />
      <PriceView {...props} isVip className={clsx(props.className, 'vip-only')} />
    </>
  );
}

function PriceView({ prices, isVip, isFrom = false, size = 'md', className }: PriceTagProps & { isVip: boolean }) {
  const view = priceViewFor(prices, { isVip });
  const main = clsx('font-semibold text-stone-900', size === 'lg' ? 'text-3xl' : 'text-lg');
  const from = isFrom ? <span className="text-sm font-normal text-stone-600">Desde </span> : null;

  if (view.kind === 'vip') {
    return (
      <div className={className}>
        <p className="flex flex-wrap items-baseline gap-x-2">
          {from}
          <span className="sr-only">Precio VIP:</span>
          <span className={clsx(main, 'text-brand-800')}>{formatCop(view.priceCents)}</span>
          <span className="sr-only">, antes</span>
          <s className="text-sm text-stone-600">{formatCop(view.regularPriceCents)}</s>
          <span aria-hidden className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">
            VIP
          </span>
        </p>
      </div>
    );
  }

  return (
    <div className={className}>
      <p className="flex flex-wrap items-baseline gap-x-1">
        {from}
        <span className="sr-only">Precio:</span>
        <span className={main}>{formatCop(view.priceCents)}</span>
      </p>
      {view.kind === 'teaser' ? (
        <p className="mt-0.5 text-sm text-amber-900">
          Miembros VIP: <span className="font-semibold">{formatCop(view.vipPriceCents)}</span>
        </p>
      ) : null}
    </div>
  );
}
