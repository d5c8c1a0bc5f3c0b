import clsx from 'clsx';

/** The number of units in the cart, over the header's cart icon. Hidden from screen readers: the trigger's name says it. */
export function CartCountBadge({ count, className }: { count: number; className?: string }) {
  if (count <= 0) return null;
  return (
    <span
      aria-hidden
      data-testid="cart-count"
      className={clsx(
        'absolute -top-0.5 -right-0.5 inline-flex min-w-5 items-center justify-center rounded-full bg-clay-600 px-1 text-xs leading-5 font-bold text-white',
        className,
      )}
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}
