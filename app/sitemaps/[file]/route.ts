import { connection } from 'next/server';
import { getCachedSitemapFile } from '@/lib/seo/cached-seo';
import { xmlResponse } from '@/lib/seo/sitemap-xml';

/** One file of the sitemap index: /sitemaps/paginas.xml, /sitemaps/productos-1.xml, … */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection(); // never prerendered at build time: it reads the database
  const xml = await getCachedSitemapFile((await params).file);
  return xml === null ? new Response('Not found', { status: 404 }) : xmlResponse(xml);
}
