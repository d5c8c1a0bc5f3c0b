import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, productTags, productVariants, products, tags } from '@/db/schema';
import { loadProductSummaries } from './load-product-summaries';
import { buildSearchTerms, type SearchTerms } from './search-query';
import { MAX_PAGE, MAX_PAGE_SIZE, type ProductListQuery, type ProductListResult, type SearchMode } from './types';

/** The trigram fallback needs a few letters to say anything useful about similarity. */
const MIN_FALLBACK_LENGTH = 3;
/**
 * `word_similarity` a typo needs to count as a match (pg_trgm's default, 0.6, misses common typos).
 * Measured on demo names: "exfolante" → "Exfoliante de Café y Coco" 0.62, "lavnda" → "…de Lavanda"
 * 0.50, "aceyte" → "Aceite…" 0.43, while unrelated names stay at or below 0.25.
 */
const SIMILARITY_THRESHOLD = 0.4;

const normalizedName = sql`botica_unaccent(lower(${products.name}))`;

/**
 * Lists listed products (#20–#22): full-text search with the Spanish configuration and unaccent,
 * prefix matching, a trigram fallback when full-text finds nothing, filters, sort and pagination.
 * Inactive and soft-deleted products, products in a deleted category and products without variants
 * never appear.
 */
export async function listProducts(db: Db, query: ProductListQuery): Promise<ProductListResult> {
  const args = listingArgs(query, 'none');
  const { terms, page, pageSize } = args;
  if (!terms.text) return runListing(db, args);
  if (!terms.tsquery) return { items: [], page, pageSize, total: 0, searchMode: 'fulltext' };

  const fulltext = await runListing(db, { ...args, mode: 'fulltext' });
  if (fulltext.total > 0 || Array.from(terms.text).length < MIN_FALLBACK_LENGTH) return fulltext;
  // `<%` reads its threshold from a setting; SET LOCAL keeps it to this transaction (and the pooled
  // connection never carries it to another request).
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${SIMILARITY_THRESHOLD}`));
    return runListing(tx, { ...args, mode: 'similar' });
  });
}

export type ListingArgs = {
  query: ProductListQuery;
  filters: SQL[];
  page: number;
  pageSize: number;
  mode: SearchMode;
  terms: SearchTerms;
};

async function runListing(db: Db, args: ListingArgs): Promise<ProductListResult> {
  const { page, pageSize, mode } = args;
  const queries = listingQueries(db, args);
  const [totals, pageRows] = await Promise.all([queries.count, queries.page]);
  const total = Number(totals[0]?.total ?? 0);
  const items = await loadProductSummaries(
    db,
    pageRows.map((r) => r.id),
  );
  return { items, page, pageSize, total, searchMode: mode };
}

/** The count and page-of-ids queries of a listing; exported so tests can EXPLAIN the exact SQL. */
export function listingQueries(db: Db, args: ListingArgs) {
  const search = searchExpressions(args.mode, args.terms);
  const where = and(...args.filters, ...(search ? [search.condition] : []));
  return {
    count: db
      .select({ total: count() })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(where),
    page: db
      .select({ id: products.id })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(where)
      .orderBy(...orderBy(args.query.sort, search?.score))
      .limit(args.pageSize)
      .offset((args.page - 1) * args.pageSize),
  };
}

/** Everything `listingQueries` needs for a query, as `listProducts` derives it. */
export function listingArgs(query: ProductListQuery, mode: SearchMode): ListingArgs {
  return {
    query,
    filters: filterConditions(query),
    page: clamp(query.page, 1, MAX_PAGE),
    pageSize: clamp(query.pageSize, 1, MAX_PAGE_SIZE),
    mode,
    terms: buildSearchTerms(query.q),
  };
}

function filterConditions(query: ProductListQuery): SQL[] {
  const conditions: SQL[] = [
    sql`${products.isActive}`,
    isNull(products.deletedAt),
    isNull(categories.deletedAt),
    isNotNull(products.minPriceCents),
  ];
  // A scalar subquery (not a filter on the joined row) lets the planner use the category index.
  if (query.category) {
    const categorySlug = query.category;
    conditions.push(sql`${products.categoryId} = (SELECT c.id FROM ${categories} c WHERE c.slug = ${categorySlug})`);
  }
  if (query.tag) {
    const tagSlug = query.tag;
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${productTags} JOIN ${tags} ON ${tags.id} = ${productTags.tagId}
                   WHERE ${productTags.productId} = ${products.id} AND ${tags.slug} = ${tagSlug})`,
    );
  }
  if (query.minPriceCents !== undefined) conditions.push(gte(products.minPriceCents, query.minPriceCents));
  if (query.maxPriceCents !== undefined) conditions.push(lte(products.minPriceCents, query.maxPriceCents));
  if (query.inStock) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${productVariants}
                   WHERE ${productVariants.productId} = ${products.id} AND ${productVariants.stock} > ${productVariants.reservedStock})`,
    );
  }
  return conditions;
}

/** The search condition and a relevance score for the mode; user text only ever travels as a parameter. */
function searchExpressions(mode: SearchMode, terms: SearchTerms): { condition: SQL; score: SQL } | null {
  if (mode === 'none' || !terms.text) return null;
  const text = sql`botica_unaccent(lower(${terms.text}))`;
  if (mode === 'similar') {
    return { condition: sql`${text} <% ${normalizedName}`, score: sql`word_similarity(${text}, ${normalizedName})` };
  }
  const tsquery = sql`to_tsquery('spanish', botica_unaccent(${terms.tsquery}))`;
  return {
    condition: sql`${products.searchVector} @@ ${tsquery}`,
    // Weighted rank (name A … how-to-use D), plus a nudge for names that start with what was typed.
    score: sql`ts_rank_cd(${products.searchVector}, ${tsquery}) + CASE WHEN starts_with(${normalizedName}, ${text}) THEN 1 ELSE 0 END`,
  };
}

function orderBy(sort: ProductListQuery['sort'], score: SQL | undefined): SQL[] {
  switch (sort) {
    case 'price_asc':
      return [asc(products.minPriceCents), asc(products.id)];
    case 'price_desc':
      return [desc(products.minPriceCents), desc(products.id)];
    case 'newest':
      return [desc(products.createdAt), desc(products.id)];
    case 'name':
      return [asc(normalizedName), asc(products.id)];
    case 'rating':
      return [desc(products.ratingAverage), desc(products.ratingCount), desc(products.id)];
    case 'relevance':
      if (score) return [desc(score), asc(normalizedName), asc(products.id)];
      return [desc(products.isFeatured), desc(products.createdAt), desc(products.id)];
  }
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
