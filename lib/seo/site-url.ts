import { env } from '@/lib/env';

/** The store's public origin (APP_URL), without a trailing slash. */
export function siteOrigin(): string {
  return env.APP_URL.replace(/\/+$/, '');
}

/** An absolute URL on the store for a path ("/productos/x") or an already absolute URL. */
export function absoluteUrl(pathOrUrl: string, origin: string = siteOrigin()): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${origin}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

export const productPath = (slug: string) => `/productos/${slug}`;
export const categoryPath = (slug: string) => `/categorias/${slug}`;
