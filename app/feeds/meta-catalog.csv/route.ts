import { connection } from 'next/server';
import { getCachedFeedItems } from '@/lib/seo/cached-seo';
import { metaCatalogCsv } from '@/lib/seo/feeds';

/** Meta (Facebook / Instagram) catalogue data feed (public: Commerce Manager fetches it on a schedule). */
export async function GET() {
  await connection(); // never prerendered at build time: it reads the database
  return new Response(metaCatalogCsv(await getCachedFeedItems()), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'inline; filename="botica-meta-catalog.csv"',
      'cache-control': 'public, max-age=300',
    },
  });
}
