import { ogCardResponse } from '@/components/seo/og-card';
import { getCachedCategory } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { imageDataUrl } from '@/lib/seo/og-image-source';

/** The link preview of a category: its picture and name. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  if (!category) return new Response('Not found', { status: 404 });
  return ogCardResponse({
    title: category.name,
    kicker: 'Categoría',
    imageDataUrl: await imageDataUrl(category.imageUrl),
  });
}
