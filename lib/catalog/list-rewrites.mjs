/**
 * The list pages' URL parameters (lib/catalog/shop-list-params.ts). A product or category list with
 * any of them is rewritten (next.config.js) to its search twin under /busqueda, which reads the query
 * string in a Partial-Prerendering hole; without them the list is a fully cached page (docs/catalog.md).
 * The browser keeps the public URL. Plain JavaScript: next.config.js imports it.
 */
export const LIST_PARAMS = ['q', 'categoria', 'etiqueta', 'min', 'max', 'disponible', 'orden', 'pagina'];

export function listRewrites() {
  return LIST_PARAMS.flatMap((key) => [
    { source: '/productos', has: [{ type: 'query', key }], destination: '/busqueda/productos' },
    { source: '/categorias/:slug', has: [{ type: 'query', key }], destination: '/busqueda/categorias/:slug' },
  ]);
}
