import type { Metadata } from 'next';
import { ALL_PRODUCTS_DESCRIPTION } from '@/components/catalog/list-pages';
import { ProductListView } from '@/components/catalog/product-list-view';
import { parseShopListParams } from '@/lib/catalog/shop-list-params';
import { productListMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = productListMetadata(parseShopListParams({}));

/**
 * The unfiltered list: a cached page, the same for everyone. With any list parameter in the URL
 * (search, filters, sort, page) next.config.js rewrites the request to /busqueda/productos instead.
 */
export default function ProductsPage() {
  return (
    <ProductListView
      title="Todos los productos"
      description={ALL_PRODUCTS_DESCRIPTION}
      basePath="/productos"
      state={parseShopListParams({})}
    />
  );
}
