import type { Metadata } from 'next';
import type { CategorySummary } from '@/lib/catalog/list-categories';
import type { ShopListState } from '@/lib/catalog/shop-list-params';
import type { ProductDetail } from '@/lib/catalog/types';
import { formatCop } from '@/lib/money';
import { listCanonical } from './list-canonical';
import { absoluteUrl, categoryPath, productPath } from './site-url';

/*
 * <head> metadata of the shop pages: canonical URL, Open Graph and Twitter card with a generated
 * preview image (app/og/…). URLs are absolute (APP_URL) so they are right whatever the root layout's
 * metadataBase is. Pages export these from generateMetadata.
 */

const SITE_NAME = 'Botica';
export const HOME_TITLE = 'Botica — productos de spa';
export const HOME_DESCRIPTION = 'Aceites, cremas y kits del spa, con precios para miembros VIP. Pagos con Wompi.';
const OG_SIZE = { width: 1200, height: 630 };

function social(args: {
  title: string;
  description: string;
  path: string;
  imagePath: string;
  imageAlt: string;
  type?: 'website';
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { url: absoluteUrl(args.imagePath), ...OG_SIZE, alt: args.imageAlt };
  return {
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: 'es_CO',
      url: absoluteUrl(args.path),
      title: args.title,
      description: args.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: args.title, description: args.description, images: [image] },
  };
}

/** First sentence-ish of a text, at most `max` characters, cut on a word. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function homeMetadata(): Metadata {
  return {
    alternates: { canonical: absoluteUrl('/') },
    ...social({
      title: HOME_TITLE,
      description: HOME_DESCRIPTION,
      path: '/',
      imagePath: '/og/inicio',
      imageAlt: 'Botica, productos del spa',
    }),
  };
}

export function productMetadata(product: ProductDetail): Metadata {
  const price = product.variants.length > 1 ? `desde ${formatCop(product.priceCents)}` : formatCop(product.priceCents);
  const description = summary(`${price}. ${product.description}`);
  const path = productPath(product.slug);
  return {
    title: product.name,
    description,
    alternates: { canonical: absoluteUrl(path) },
    ...social({
      title: product.name,
      description,
      path,
      imagePath: `/og/productos/${product.slug}`,
      imageAlt: `${product.name}, ${price}`,
    }),
  };
}

export function categoryMetadata(category: CategorySummary, state: ShopListState): Metadata {
  const description = summary(category.description || `${category.name} del spa Botica.`);
  const canonical = listCanonical(categoryPath(category.slug), { ...state, categoria: undefined });
  return {
    title: category.name,
    description,
    alternates: { canonical: absoluteUrl(canonical.path) },
    robots: canonical.index ? undefined : { index: false, follow: true },
    ...social({
      title: category.name,
      description,
      path: categoryPath(category.slug),
      imagePath: `/og/categorias/${category.slug}`,
      imageAlt: category.name,
    }),
  };
}

export function productListMetadata(state: ShopListState): Metadata {
  const title = state.q ? `Resultados para “${state.q}”` : 'Productos';
  const description = 'Aceites, cremas, jabones, velas y kits que usamos en cabina, listos para tu casa.';
  const canonical = listCanonical('/productos', state);
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(canonical.path) },
    robots: canonical.index ? undefined : { index: false, follow: true },
    ...social({
      title: 'Productos',
      description,
      path: '/productos',
      imagePath: '/og/inicio',
      imageAlt: 'Botica, productos del spa',
    }),
  };
}
