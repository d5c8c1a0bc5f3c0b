import Link from 'next/link';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { hrefWith, type UrlState } from './url-state';

type SortHeaderProps = {
  label: string;
  column: string;
  base: string;
  state: UrlState;
  /** The list's current sort and direction after defaults were applied. */
  current: { sort: string; dir: 'asc' | 'desc' };
  align?: 'left' | 'right';
};

/** A column header that sorts by its column; clicking again flips the direction. Announced with aria-sort. */
export function SortHeader({ label, column, base, state, current, align = 'left' }: SortHeaderProps) {
  const active = current.sort === column;
  const nextDir = active && current.dir === 'desc' ? 'asc' : 'desc';
  const Icon = !active ? ArrowUpDown : current.dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? (current.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`px-3 py-2 font-semibold ${align === 'right' ? 'text-right' : 'text-left'}`}
    >
      <Link
        href={hrefWith(base, state, { sort: column, dir: nextDir })}
        className="inline-flex items-center gap-1 hover:text-brand-800"
      >
        {label}
        <Icon aria-hidden className={`size-3.5 ${active ? 'text-brand-700' : 'text-stone-400'}`} />
        <span className="sr-only">
          {active ? `, ordenado ${current.dir === 'asc' ? 'ascendente' : 'descendente'}` : ', ordenar'}
        </span>
      </Link>
    </th>
  );
}
