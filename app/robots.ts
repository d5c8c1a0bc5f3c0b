import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { robotsRules } from '@/lib/seo/robots';

// Rendered per request (connection()) so the sitemap URL is the running APP_URL, not the build's.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return robotsRules();
}
