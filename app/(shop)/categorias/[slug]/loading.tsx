import { CatalogPageSkeleton } from '@/components/catalog/product-grid-skeleton';

export default function Loading() {
  return <CatalogPageSkeleton title="Categoría" />;
}
