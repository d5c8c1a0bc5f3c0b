/** Shapes the catalogue services return; the API and the pages both show these. Money in COP centavos. */

export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'name', 'rating'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Deep offsets are refused: nobody pages this far, and a huge OFFSET is a cheap way to load the database. */
export const MAX_PAGE = 1_000;

export type ProductListQuery = {
  /** Free text, already capped at 200 characters. */
  q?: string;
  /** Category slug. */
  category?: string;
  /** Tag slug. */
  tag?: string;
  /** Bounds on the product's lowest variant price. */
  minPriceCents?: number;
  maxPriceCents?: number;
  /** Only products with at least one variant that can be sold now. */
  inStock?: boolean;
  sort: ProductSort;
  page: number;
  pageSize: number;
};

export type NamedRef = { slug: string; name: string };
export type Rating = { average: number; count: number };

export type ProductSummary = {
  id: string;
  slug: string;
  name: string;
  category: NamedRef;
  tags: NamedRef[];
  /** The lowest variant price ("desde"). */
  priceCents: number;
  /** The lowest price a VIP member pays for any variant, when it is below `priceCents`; else null. */
  vipPriceCents: number | null;
  inStock: boolean;
  rating: Rating;
  imageUrl: string | null;
  imageAlt: string;
  variantCount: number;
};

/**
 * How the results were found: `none` without a query, `fulltext` for the normal search, `similar`
 * when full-text found nothing and the trigram fallback (typos) answered instead.
 */
export type SearchMode = 'none' | 'fulltext' | 'similar';

export type ProductListResult = {
  items: ProductSummary[];
  page: number;
  pageSize: number;
  total: number;
  searchMode: SearchMode;
};

export type AvailabilityStatus = 'IN_STOCK' | 'LOW_STOCK' | 'OUT_OF_STOCK';

export type BulkDiscount = { minQuantity: number; percent: number };
export type DimensionsCm = { length: number; width: number; height: number };

export type VariantDetail = {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  vipPriceCents: number | null;
  /** Units that can be sold now: stock minus reserved. */
  available: number;
  availability: AvailabilityStatus;
  minOrderQuantity: number;
  maxOrderQuantity: number;
  weightGrams: number | null;
  dimensionsCm: DimensionsCm | null;
  bulkDiscounts: BulkDiscount[];
};

/**
 * One gallery image, in gallery order (the primary first). `variantId` is set when the image shows one
 * presentation: the product page puts the chosen variant's images first (lib/catalog/order-images.ts).
 */
export type ProductImage = { url: string; alt: string; variantId: string | null; isPrimary: boolean };

export type ProductDetail = {
  id: string;
  slug: string;
  name: string;
  description: string;
  benefits: string;
  howToUse: string;
  /** What a kit contains, one item per line; '' when the product is not a kit. */
  whatIsIncluded: string;
  preparationDays: number;
  category: NamedRef;
  tags: NamedRef[];
  images: ProductImage[];
  variants: VariantDetail[];
  priceCents: number;
  vipPriceCents: number | null;
  inStock: boolean;
  rating: Rating;
  related: ProductSummary[];
};
