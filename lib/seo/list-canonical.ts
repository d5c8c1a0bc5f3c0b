import type { ShopListState } from '@/lib/catalog/shop-list-params';
import { categoryPath } from './site-url';

/**
 * The canonical path of a product list page, and whether search engines should index it.
 *
 * - Paginated pages are self-canonical (`?pagina=3` keeps its page): each page lists other products.
 * - `/productos?categoria=x` is the category page `/categorias/x`; a tag alone (`?etiqueta=x`, what
 *   product pages link to) is a landing page of its own and keeps its tag.
 * - Any other filter, sort or price range is a view of the unfiltered list: canonical to the list's
 *   first page, so thousands of filter combinations do not compete with it.
 * - Search results (`q`) are not indexed (they are followed), as search engines ask of internal search.
 */
export function listCanonical(basePath: string, state: ShopListState): { path: string; index: boolean } {
  const narrowing =
    state.q !== '' ||
    state.min !== undefined ||
    state.max !== undefined ||
    state.disponible ||
    state.orden !== 'relevancia' ||
    (state.categoria !== undefined && state.etiqueta !== undefined);
  if (narrowing) {
    const base = state.categoria && basePath === '/productos' ? categoryPath(state.categoria) : basePath;
    return { path: base, index: state.q === '' };
  }
  const path = state.categoria && basePath === '/productos' ? categoryPath(state.categoria) : basePath;
  const params = new URLSearchParams();
  if (state.etiqueta) params.set('etiqueta', state.etiqueta);
  if (state.pagina > 1) params.set('pagina', String(state.pagina));
  const query = params.toString();
  return { path: query ? `${path}?${query}` : path, index: true };
}
