import { ProductCard } from '@/components/product/product-card';
import type { ProductSummary } from '@/lib/catalog/types';

export function ProductGrid({
  products,
  isVip,
  label,
  priorityCount = 0,
}: {
  products: ProductSummary[];
  isVip?: boolean;
  label?: string;
  priorityCount?: number;
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} isVip={isVip} priority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
