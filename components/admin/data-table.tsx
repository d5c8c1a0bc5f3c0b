import type { ReactNode } from 'react';

/** A horizontally scrollable table with a caption for screen readers; rows stay readable on a phone. */
export function DataTable({
  caption,
  head,
  children,
  compact = false,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  compact?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-sand-200 bg-white shadow-sm">
      <table className={`w-full text-sm ${compact ? 'min-w-[420px]' : 'min-w-[640px]'}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-sand-200 bg-sand-50 text-stone-700">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-sand-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ children, align = 'left' }: { children?: ReactNode; align?: 'left' | 'right' }) {
  return (
    <th scope="col" className={`px-3 py-2 font-semibold ${align === 'right' ? 'text-right' : 'text-left'}`}>
      {children}
    </th>
  );
}

export function Td({
  children,
  align = 'left',
  className = '',
}: {
  children?: ReactNode;
  align?: 'left' | 'right';
  className?: string;
}) {
  return (
    <td className={`px-3 py-2 align-top ${align === 'right' ? 'text-right tabular-nums' : ''} ${className}`}>
      {children}
    </td>
  );
}

/** "Mostrando 26–50 de 120". */
export function ResultCount({
  page,
  pageSize,
  total,
  noun,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
}) {
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <p className="text-sm text-stone-600" aria-live="polite">
      Mostrando {first}–{last} de {total} {noun}
    </p>
  );
}
