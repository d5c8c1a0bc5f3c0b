import { ListLink as Link } from './list-link';
import { X } from 'lucide-react';
import { shopListHref, type ShopListState } from '@/lib/catalog/shop-list-params';
import type { NamedRef } from '@/lib/catalog/types';
import { formatCop } from '@/lib/money';

type Chip = { label: string; remove: Partial<ShopListState> };

/** The active filters as removable chips, so a shopper sees at a glance why a list is short. */
export function ActiveFilters({
  basePath,
  state,
  categories,
  tags,
}: {
  basePath: string;
  state: ShopListState;
  categories: NamedRef[];
  tags: NamedRef[];
}) {
  const nameOf = (list: NamedRef[], slug: string) => list.find((x) => x.slug === slug)?.name ?? slug;
  const chips: Chip[] = [];
  if (state.q) chips.push({ label: `“${state.q}”`, remove: { q: '' } });
  if (state.categoria)
    chips.push({ label: `Categoría: ${nameOf(categories, state.categoria)}`, remove: { categoria: undefined } });
  if (state.etiqueta)
    chips.push({ label: `Etiqueta: ${nameOf(tags, state.etiqueta)}`, remove: { etiqueta: undefined } });
  if (state.min !== undefined) chips.push({ label: `Desde ${formatCop(state.min * 100)}`, remove: { min: undefined } });
  if (state.max !== undefined) chips.push({ label: `Hasta ${formatCop(state.max * 100)}`, remove: { max: undefined } });
  if (state.disponible) chips.push({ label: 'Solo disponibles', remove: { disponible: false } });
  if (chips.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Filtros activos">
      {chips.map((chip) => (
        <li key={chip.label}>
          <Link
            href={shopListHref(basePath, state, chip.remove)}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 ring-1 ring-brand-200 ring-inset hover:bg-brand-100"
          >
            {chip.label}
            <X aria-hidden className="size-3.5" />
            <span className="sr-only">(quitar filtro)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
