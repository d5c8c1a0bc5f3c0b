import type { MetadataRoute } from 'next';
import { absoluteUrl, siteOrigin } from './site-url';

/** Private and transactional areas: nothing there is for search results, and crawling them wastes budget. */
export const DISALLOWED_PATHS = ['/admin', '/cuenta', '/checkout', '/carrito', '/pago', '/api'] as const;

export function robotsRules(origin: string = siteOrigin()): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...DISALLOWED_PATHS] }],
    sitemap: absoluteUrl('/sitemap.xml', origin),
    host: origin,
  };
}
