import { connection } from 'next/server';
import { getCachedSitemapRoot } from '@/lib/seo/cached-seo';
import { xmlResponse } from '@/lib/seo/sitemap-xml';

/** The sitemap (or sitemap index at catalogue scale); see docs/seo.md. */
export async function GET() {
  await connection(); // never prerendered at build time: it reads the database
  return xmlResponse(await getCachedSitemapRoot());
}
