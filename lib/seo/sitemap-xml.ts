/*
 * Sitemap XML (sitemaps.org 0.9): a <urlset> of pages, or a <sitemapindex> of sitemap files once the
 * catalogue outgrows one file. Built by hand: two elements and an escape are less than a dependency.
 */

export type SitemapUrl = { loc: string; lastModified?: Date | null };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function entry(tag: 'url' | 'sitemap', item: SitemapUrl): string {
  const lastmod = item.lastModified ? `<lastmod>${item.lastModified.toISOString()}</lastmod>` : '';
  return `<${tag}><loc>${escapeXml(item.loc)}</loc>${lastmod}</${tag}>`;
}

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => entry('url', u)),
    '</urlset>',
    '',
  ].join('\n');
}

export function sitemapIndexXml(files: readonly SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => entry('sitemap', f)),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8'): Response {
  return new Response(body, {
    headers: { 'content-type': contentType, 'cache-control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}
