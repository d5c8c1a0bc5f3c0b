'use client';

import clsx from 'clsx';
import { goToList, ListLink as Link } from './list-link';
import { SlidersHorizontal } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { parseShopListParams, shopListHref, type ShopListState } from '@/lib/catalog/shop-list-params';
import type { NamedRef } from '@/lib/catalog/types';

type CatalogFiltersProps = {
  basePath: string;
  state: ShopListState;
  /** Omitted on a category page, where the category is the page itself. */
  categories?: NamedRef[];
  tags: NamedRef[];
};

const input =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-200';
const label = 'block text-sm font-medium text-stone-800';

/**
 * Search and filters as a plain GET form: it works without JavaScript, and with it the URL is built
 * without empty fields. Every choice ends up in the URL (shareable, back button works).
 */
export function CatalogFilters({ basePath, state, categories, tags }: CatalogFiltersProps) {
  const [isOpen, setIsOpen] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    goToList(shopListHref(basePath, parseShopListParams(data)));
    setIsOpen(false);
  }

  return (
    <div>
      <button
        type="button"
        className="inline-flex items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-semibold text-brand-800 lg:hidden"
        aria-expanded={isOpen}
        aria-controls="filtros-catalogo"
        onClick={() => setIsOpen((open) => !open)}
      >
        <SlidersHorizontal aria-hidden className="size-4" /> Filtros
      </button>
      <form
        id="filtros-catalogo"
        action={basePath}
        method="get"
        onSubmit={onSubmit}
        aria-label="Buscar y filtrar productos"
        className={clsx(
          'mt-3 space-y-4 rounded-2xl border border-sand-200 bg-white p-4 lg:mt-0 lg:block',
          isOpen ? 'block' : 'hidden',
        )}
      >
        <div>
          <label htmlFor="filtro-q" className={label}>
            Buscar
          </label>
          <input
            id="filtro-q"
            name="q"
            type="search"
            defaultValue={state.q}
            maxLength={200}
            placeholder="Ej.: jabón de avena"
            className={input}
          />
        </div>
        {categories ? (
          <div>
            <label htmlFor="filtro-categoria" className={label}>
              Categoría
            </label>
            <select id="filtro-categoria" name="categoria" defaultValue={state.categoria ?? ''} className={input}>
              <option value="">Todas las categorías</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="filtro-etiqueta" className={label}>
            Etiqueta
          </label>
          <select id="filtro-etiqueta" name="etiqueta" defaultValue={state.etiqueta ?? ''} className={input}>
            <option value="">Todas las etiquetas</option>
            {tags.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={label}>Precio (COP)</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            <div>
              <label htmlFor="filtro-min" className="text-xs text-stone-600">
                Desde
              </label>
              <input
                id="filtro-min"
                name="min"
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={state.min ?? ''}
                placeholder="0"
                className={input}
              />
            </div>
            <div>
              <label htmlFor="filtro-max" className="text-xs text-stone-600">
                Hasta
              </label>
              <input
                id="filtro-max"
                name="max"
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={state.max ?? ''}
                placeholder="Sin límite"
                className={input}
              />
            </div>
          </div>
        </fieldset>
        <div className="flex items-center gap-2">
          <input
            id="filtro-disponible"
            name="disponible"
            type="checkbox"
            value="1"
            defaultChecked={state.disponible}
            className="size-4 accent-brand-700"
          />
          <label htmlFor="filtro-disponible" className="text-sm text-stone-800">
            Solo productos disponibles
          </label>
        </div>
        <input type="hidden" name="orden" value={state.orden} />
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <button
            type="submit"
            className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Aplicar filtros
          </button>
          <Link
            href={basePath}
            className="text-sm font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
          >
            Limpiar
          </Link>
        </div>
      </form>
    </div>
  );
}
