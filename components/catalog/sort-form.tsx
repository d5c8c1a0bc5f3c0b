'use client';

import { goToList } from './list-link';
import { SHOP_SORT_LABELS, shopListHref, type ShopListState, type ShopSort } from '@/lib/catalog/shop-list-params';

/**
 * "Ordenar por": applies on change with JavaScript; without it, the "Ordenar" button submits the GET
 * form with the current filters as hidden fields.
 */
export function SortForm({ basePath, state }: { basePath: string; state: ShopListState }) {
  const hidden = Object.entries({
    q: state.q,
    categoria: state.categoria,
    etiqueta: state.etiqueta,
    min: state.min,
    max: state.max,
    disponible: state.disponible ? '1' : undefined,
  }).filter(([, v]) => v !== undefined && v !== '');
  const go = (orden: ShopSort) => goToList(shopListHref(basePath, state, { orden }));
  return (
    <form
      action={basePath}
      method="get"
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        go((new FormData(e.currentTarget).get('orden') as ShopSort | null) ?? 'relevancia');
      }}
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      <label htmlFor="orden" className="text-sm text-stone-700">
        Ordenar por
      </label>
      <select
        id="orden"
        name="orden"
        defaultValue={state.orden}
        onChange={(e) => go(e.currentTarget.value as ShopSort)}
        className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {Object.entries(SHOP_SORT_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-lg border border-stone-300 px-2 py-1.5 text-sm">
          Ordenar
        </button>
      </noscript>
    </form>
  );
}
