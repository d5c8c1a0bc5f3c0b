import type { Metadata } from 'next';
import { SearchListHole, type SearchParams } from '@/components/catalog/list-pages';
import { parseShopListParams } from '@/lib/catalog/shop-list-params';
import { productListMetadata } from '@/lib/seo/metadata';

type PageProps = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  // Canonical and robots rules for filtered, sorted, paginated and searched lists: lib/seo/list-canonical.ts.
  return productListMetadata(parseShopListParams(await searchParams));
}

/**
 * `/productos` with search, filters, sort or page (rewritten here by next.config.js; the browser keeps
 * `/productos?…`). A cached shell with the results in a Partial-Prerendering hole.
 */
export default function ProductSearchPage({ searchParams }: PageProps) {
  return <SearchListHole searchParams={searchParams} fallbackTitle="Productos" basePath="/productos" />;
}
