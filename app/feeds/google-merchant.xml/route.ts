import { connection } from 'next/server';
import { getCachedFeedItems } from '@/lib/seo/cached-seo';
import { googleMerchantRss } from '@/lib/seo/feeds';

/** Google Merchant Center product feed (public: Merchant Center fetches it on a schedule). */
export async function GET() {
  await connection(); // never prerendered at build time: it reads the database
  return new Response(googleMerchantRss(await getCachedFeedItems()), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
