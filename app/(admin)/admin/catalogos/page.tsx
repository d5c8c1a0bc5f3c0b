import type { Metadata } from 'next';
import { CopyUrlField } from '@/components/admin/copy-url-field';
import { PageHeader } from '@/components/admin/page-header';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { getCachedFeedItems } from '@/lib/seo/cached-seo';
import { FEED_PATHS } from '@/lib/seo/feeds';
import { absoluteUrl } from '@/lib/seo/site-url';

export const metadata: Metadata = { title: 'Catálogos para Google y Meta' };

const count = new Intl.NumberFormat('es-CO');

/** Where to point Google Merchant Center and the Meta (Instagram) catalogue: the feed URLs, ready to copy. */
export default async function CatalogFeedsPage() {
  await requireAreaPage('catalog');
  const items = await getCachedFeedItems();
  const inStock = items.filter((i) => i.availability === 'in stock').length;
  return (
    <>
      <PageHeader
        title="Catálogos para Google y Meta"
        description="Copia estas direcciones en Google Merchant Center y en el administrador de ventas de Meta: leen el catálogo de la tienda por su cuenta y se actualizan solos."
      />
      <section className="space-y-6 rounded-2xl border border-sand-200 bg-white p-6">
        <p className="text-sm text-stone-700">
          {count.format(items.length)} artículos (uno por presentación), {count.format(inStock)} disponibles. Solo
          entran productos activos con foto; los precios son los públicos, nunca los VIP.
        </p>
        <CopyUrlField id="feed-google" label="Google Merchant Center (RSS 2.0)" url={absoluteUrl(FEED_PATHS.google)} />
        <CopyUrlField id="feed-meta" label="Meta e Instagram (CSV)" url={absoluteUrl(FEED_PATHS.meta)} />
        <CopyUrlField id="sitemap" label="Mapa del sitio (Google Search Console)" url={absoluteUrl('/sitemap.xml')} />
      </section>
    </>
  );
}
