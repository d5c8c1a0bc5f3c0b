import { normalizeQueryText } from './search-query';
import { MAX_PAGE, type ProductListQuery, type ProductSort } from './types';

/*
 * Product list pages keep every choice in the URL, with Spanish parameter names:
 * `q`, `categoria`, `etiqueta`, `min` and `max` (whole pesos), `disponible=1`, `orden`, `pagina`.
 * A bad value falls back to its default, never an error. No zod here: this runs in the browser too.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SHOP_PAGE_SIZE = 24;

/** The sort names shoppers see in the URL, and the service sort each stands for. */
export const SHOP_SORTS = {
  relevancia: 'relevance',
  'precio-asc': 'price_asc',
  'precio-desc': 'price_desc',
  nuevos: 'newest',
  nombre: 'name',
  calificacion: 'rating',
} as const satisfies Record<string, ProductSort>;
export type ShopSort = keyof typeof SHOP_SORTS;

export const SHOP_SORT_LABELS: Record<ShopSort, string> = {
  relevancia: 'Relevancia',
  'precio-asc': 'Precio: menor a mayor',
  'precio-desc': 'Precio: mayor a menor',
  nuevos: 'Más nuevos',
  nombre: 'Nombre (A–Z)',
  calificacion: 'Mejor calificados',
};

/** The state of a product list page, exactly as it lives in the URL. Prices in whole pesos. */
export type ShopListState = {
  q: string;
  categoria?: string;
  etiqueta?: string;
  min?: number;
  max?: number;
  disponible: boolean;
  orden: ShopSort;
  pagina: number;
};

type RawSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function wholePesos(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,8}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export function parseShopListParams(params: RawSearchParams): ShopListState {
  const slug = (value: string | undefined) => (value && SLUG.test(value) && value.length <= 120 ? value : undefined);
  const orden = first(params.orden);
  const pagina = Number(first(params.pagina));
  let min = wholePesos(first(params.min));
  let max = wholePesos(first(params.max));
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  return {
    q: normalizeQueryText(first(params.q)),
    categoria: slug(first(params.categoria)),
    etiqueta: slug(first(params.etiqueta)),
    min,
    max,
    disponible: first(params.disponible) === '1',
    orden: orden && orden in SHOP_SORTS ? (orden as ShopSort) : 'relevancia',
    pagina: Number.isInteger(pagina) && pagina >= 1 && pagina <= MAX_PAGE ? pagina : 1,
  };
}

export function shopStateToQuery(state: ShopListState): ProductListQuery {
  return {
    q: state.q || undefined,
    category: state.categoria,
    tag: state.etiqueta,
    minPriceCents: state.min !== undefined ? state.min * 100 : undefined,
    maxPriceCents: state.max !== undefined ? state.max * 100 : undefined,
    inStock: state.disponible,
    sort: SHOP_SORTS[state.orden],
    page: state.pagina,
    pageSize: SHOP_PAGE_SIZE,
  };
}

/**
 * The URL of a list page for `state` with `changes` applied. Changing anything but the page goes back
 * to page 1; defaults are left out so links stay short.
 */
export function shopListHref(basePath: string, state: ShopListState, changes: Partial<ShopListState> = {}): string {
  const next: ShopListState = { ...state, ...changes, pagina: changes.pagina ?? 1 };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.categoria) params.set('categoria', next.categoria);
  if (next.etiqueta) params.set('etiqueta', next.etiqueta);
  if (next.min !== undefined) params.set('min', String(next.min));
  if (next.max !== undefined) params.set('max', String(next.max));
  if (next.disponible) params.set('disponible', '1');
  if (next.orden !== 'relevancia') params.set('orden', next.orden);
  if (next.pagina > 1) params.set('pagina', String(next.pagina));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}
