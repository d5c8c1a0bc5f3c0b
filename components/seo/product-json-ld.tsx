import { productBreadcrumb, productJsonLd } from '@/lib/seo/json-ld';
import type { ProductDetail } from '@/lib/catalog/types';
import { JsonLdScript } from './json-ld';

/** Product (with one Offer per variant and the rating) and its breadcrumb, for the product page. */
export function ProductJsonLd({ product }: { product: ProductDetail }) {
  return <JsonLdScript data={[productJsonLd(product), productBreadcrumb(product)]} />;
}
