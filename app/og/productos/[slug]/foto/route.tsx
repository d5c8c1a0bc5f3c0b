import { ImageResponse } from 'next/og';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { imageDataUrl } from '@/lib/seo/og-image-source';

/** The product's main picture as an 800×800 PNG, for shopping feeds (which reject SVG). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = isCatalogSlug(slug) ? await getCachedProduct(slug) : null;
  const src = product ? await imageDataUrl(product.images[0]?.url) : null;
  if (!src) return new Response('Not found', { status: 404 });
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
    <img src={src} width={800} height={800} alt="" />,
    { width: 800, height: 800, headers: { 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' } },
  );
}
