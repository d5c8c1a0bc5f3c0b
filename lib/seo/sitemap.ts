import type { Db } from '@/db/client';
import { countSitemapProducts, listSitemapCategories, listSitemapProducts } from '@/lib/catalog/list-sitemap-entries';
import { sitemapIndexXml, urlsetXml, type SitemapUrl } from './sitemap-xml';
import { absoluteUrl, categoryPath, productPath, siteOrigin } from './site-url';

/**
 * URLs per sitemap file. The protocol allows 50,000 (and 50 MB); 5,000 keeps each file one indexed
 * query and well under a megabyte, so the 10,000-product catalogue is served as an index of three files.
 */
export const SITEMAP_URLS_PER_FILE = 5_000;

type Options = { origin?: string; perFile?: number };

async function pageUrls(db: Db, origin: string): Promise<SitemapUrl[]> {
  const [cats, totals] = await Promise.all([listSitemapCategories(db), countSitemapProducts(db)]);
  return [
    { loc: absoluteUrl('/', origin), lastModified: totals.lastModified },
    { loc: absoluteUrl('/productos', origin), lastModified: totals.lastModified },
    ...cats.map((c) => ({ loc: absoluteUrl(categoryPath(c.slug), origin), lastModified: c.lastModified })),
  ];
}

async function productUrls(db: Db, origin: string, offset: number, limit: number): Promise<SitemapUrl[]> {
  const rows = await listSitemapProducts(db, { offset, limit });
  return rows.map((p) => ({ loc: absoluteUrl(productPath(p.slug), origin), lastModified: p.lastModified }));
}

/** `/sitemap.xml`: every URL in one <urlset> while they fit one file, else a <sitemapindex>. */
export async function buildSitemapRoot(db: Db, options: Options = {}): Promise<string> {
  const origin = options.origin ?? siteOrigin();
  const perFile = options.perFile ?? SITEMAP_URLS_PER_FILE;
  const [pages, totals] = await Promise.all([pageUrls(db, origin), countSitemapProducts(db)]);
  if (pages.length + totals.count <= perFile) {
    return urlsetXml([...pages, ...(await productUrls(db, origin, 0, totals.count))]);
  }
  const files: SitemapUrl[] = [
    { loc: absoluteUrl('/sitemaps/paginas.xml', origin), lastModified: totals.lastModified },
  ];
  for (let i = 1; i <= Math.ceil(totals.count / perFile); i++) {
    files.push({ loc: absoluteUrl(`/sitemaps/productos-${i}.xml`, origin), lastModified: totals.lastModified });
  }
  return sitemapIndexXml(files);
}

/** A file of the index: `paginas.xml` (home, list, categories) or `productos-<n>.xml`; null if there is none. */
export async function buildSitemapFile(db: Db, name: string, options: Options = {}): Promise<string | null> {
  const origin = options.origin ?? siteOrigin();
  const perFile = options.perFile ?? SITEMAP_URLS_PER_FILE;
  if (name === 'paginas.xml') return urlsetXml(await pageUrls(db, origin));
  const match = /^productos-([1-9]\d{0,4})\.xml$/.exec(name);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  const { count } = await countSitemapProducts(db);
  if (index * perFile >= count) return null;
  return urlsetXml(await productUrls(db, origin, index * perFile, perFile));
}
