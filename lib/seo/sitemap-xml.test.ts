import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, urlsetXml } from './sitemap-xml';

describe('sitemap XML', () => {
  it('escapes URLs and writes W3C dates', () => {
    const xml = urlsetXml([
      { loc: 'https://x.test/productos?a=1&b=2', lastModified: new Date('2026-01-02T03:04:05Z') },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://x.test/productos?a=1&amp;b=2</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod>');
  });

  it('writes an index of sitemap files', () => {
    const xml = sitemapIndexXml([{ loc: 'https://x.test/sitemaps/productos-1.xml' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });
});
