import { ListLink as Link } from './list-link';
import { ProductGrid } from './product-grid';
import type { ProductSummary } from '@/lib/catalog/types';

type HomeProductSectionProps = {
  id: string;
  title: string;
  products: ProductSummary[];
  isVip?: boolean;
  moreHref?: string;
  moreLabel?: string;
  priorityCount?: number;
};

export function HomeProductSection({
  id,
  title,
  products,
  isVip,
  moreHref,
  moreLabel,
  priorityCount,
}: HomeProductSectionProps) {
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-12">
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h2 id={id} className="font-serif text-2xl text-brand-900">
          {title}
        </h2>
        {moreHref ? (
          <Link
            href={moreHref}
            className="text-sm font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
          >
            {moreLabel ?? 'Ver todos'}
          </Link>
        ) : null}
      </div>
      <ProductGrid products={products} isVip={isVip} priorityCount={priorityCount} />
    </section>
  );
}
