import Link from 'next/link';
import type { ReactNode } from 'react';

/** One figure with its label; a link when the figure is a queue to work through. */
export function StatCard({
  label,
  value,
  hint,
  href,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  href?: string;
}) {
  const body = (
    <>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">{value}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-stone-600">{hint}</dd> : null}
    </>
  );
  const box = 'block rounded-xl border border-sand-200 bg-white p-4 shadow-sm';
  return href ? (
    <div>
      <Link href={href} className={`${box} hover:border-brand-500`}>
        <dl>{body}</dl>
      </Link>
    </div>
  ) : (
    <dl className={box}>{body}</dl>
  );
}
