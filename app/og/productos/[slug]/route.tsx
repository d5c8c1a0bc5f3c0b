import { ogCardResponse } from '@/components/seo/og-card';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { formatCop } from '@/lib/money';
import { imageDataUrl } from '@/lib/seo/og-image-source';

/** The link preview of a product: picture, name and public price (never the VIP price). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = isCatalogSlug(slug) ? await getCachedProduct(slug) : null;
  if (!product) return new Response('Not found', { status: 404 });
  return ogCardResponse({
    title: product.name,
    kicker: product.category.name,
    price: product.variants.length > 1 ? `Desde ${formatCop(product.priceCents)}` : formatCop(product.priceCents),
    note: product.inStock ? undefined : 'Agotado por ahora',
    imageDataUrl: await imageDataUrl(product.images[0]?.url),
  });
}
