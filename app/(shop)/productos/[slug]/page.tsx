import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SelectedVariantAddToCart } from '@/components/cart/selected-variant-add-to-cart';
import { ListLink } from '@/components/catalog/list-link';
import { ProductGrid } from '@/components/catalog/product-grid';
import { ProductGallery } from '@/components/product/product-gallery';
import { ProductTextSection } from '@/components/product/product-text-section';
import { RatingStars } from '@/components/product/rating-stars';
import { VariantPicker } from '@/components/product/variant-picker';
import { VariantPurchaseInfo, VariantSpecs } from '@/components/product/variant-purchase-info';
import { VariantSelectionProvider } from '@/components/product/variant-selection';
import { ProductReviews } from '@/components/reviews/product-reviews';
import { WishlistHeart } from '@/components/wishlist/wishlist-heart';
import { SelectedVariantRestock } from '@/components/product/selected-variant-restock';
import { getCachedProduct, getCachedProductList } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { ProductJsonLd } from '@/components/seo/product-json-ld';
import { productMetadata } from '@/lib/seo/metadata';

type PageProps = { params: Promise<{ slug: string }> };

/**
 * The best sellers' first page is prerendered at build time (Cache Components needs at least one);
 * every other product is rendered on its first visit and then cached like these (docs/catalog.md).
 */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const top = await getCachedProductList({ sort: 'relevance', page: 1, pageSize: 12 });
  // An empty catalogue (a fresh database) still builds: the placeholder renders the 404.
  return top.items.length > 0 ? top.items.map((p) => ({ slug: p.slug })) : [{ slug: 'no-existe' }];
}

async function loadProduct(slug: string) {
  return isCatalogSlug(slug) ? getCachedProduct(slug) : null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  if (!product) return { title: 'Producto no encontrado' };
  return productMetadata(product);
}

/**
 * The same cached HTML for everyone: no cookies, no query string (`?variante=` is read by the variant
 * picker in the browser). Prices show both presentations, the shopper's chosen by CSS; the heart,
 * the restock button and the shopper's own review are islands.
 */
export default async function ProductPage({ params }: PageProps) {
  const { slug } = await params;
  const product = await loadProduct(slug);
  if (!product) notFound();
  const initialVariant = product.variants.find((v) => v.available > 0) ?? product.variants[0];
  if (!initialVariant) notFound();

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <ProductJsonLd product={product} />
      <nav aria-label="Ruta de navegación" className="mb-6 text-sm text-stone-700">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/" className="hover:underline">
              Inicio
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li>
            <Link href={`/categorias/${product.category.slug}`} className="hover:underline">
              {product.category.name}
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li aria-current="page" className="font-medium text-stone-900">
            {product.name}
          </li>
        </ol>
      </nav>

      {/* One selection for the gallery and the purchase panel: choosing a variant shows its images first. */}
      <VariantSelectionProvider variants={product.variants} initialVariantId={initialVariant.id}>
        <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
          <ProductGallery images={product.images} productName={product.name} />

          <div>
            <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">{product.name}</h1>
            {product.rating.count > 0 ? (
              <a href="#resenas" className="mt-2 inline-block hover:underline">
                <RatingStars rating={product.rating} />
              </a>
            ) : null}
            <div className="mt-3">
              <WishlistHeart
                productId={product.id}
                productSlug={product.slug}
                productName={product.name}
                variant="detail"
              />
            </div>

            <div className="mt-6 space-y-6">
              <VariantPicker />
              <VariantPurchaseInfo />
              {/* The cart feature's "Agregar al carrito": inside the provider, so it adds the selected variant. */}
              <div id="agregar-al-carrito" data-slot="add-to-cart">
                <SelectedVariantAddToCart productName={product.name} soldOut={<SelectedVariantRestock />} />
              </div>
              {product.vipPriceCents !== null ? (
                <p className="non-vip-only text-sm text-stone-700">
                  Los miembros VIP del spa pagan menos.{' '}
                  <Link href="/ingresar" className="font-semibold text-brand-800 underline underline-offset-2">
                    Ingresa
                  </Link>{' '}
                  para ver tu precio.
                </p>
              ) : null}
              {product.preparationDays > 0 ? (
                <p className="text-sm text-stone-700">
                  Se prepara a mano: sale en {product.preparationDays}{' '}
                  {product.preparationDays === 1 ? 'día hábil' : 'días hábiles'}.
                </p>
              ) : null}
              <VariantSpecs />
            </div>

            <ProductTextSection
              id="que-incluye"
              title="Qué incluye"
              text={product.whatIsIncluded}
              asList
              className="mt-6"
            />

            {product.tags.length > 0 ? (
              <ul className="mt-6 flex flex-wrap gap-2" aria-label="Etiquetas">
                {product.tags.map((tag) => (
                  <li key={tag.slug}>
                    <ListLink
                      href={`/productos?etiqueta=${tag.slug}`}
                      className="inline-block rounded-full bg-sand-100 px-3 py-1 text-sm text-stone-800 hover:bg-sand-200"
                    >
                      #{tag.name}
                    </ListLink>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      </VariantSelectionProvider>

      <div className="mt-12 grid gap-8 lg:grid-cols-3">
        <ProductTextSection id="descripcion" title="Descripción" text={product.description} />
        <ProductTextSection id="beneficios" title="Beneficios" text={product.benefits} />
        <ProductTextSection id="modo-de-uso" title="Modo de uso" text={product.howToUse} />
      </div>

      {/* The reviews feature (the rating above links to #resenas). */}
      <div id="resenas" className="mt-12 scroll-mt-24">
        <ProductReviews productId={product.id} productSlug={product.slug} />
      </div>

      {product.related.length > 0 ? (
        <section aria-labelledby="relacionados" className="mt-12">
          <h2 id="relacionados" className="mb-4 font-serif text-2xl text-brand-900">
            También te puede gustar
          </h2>
          <ProductGrid products={product.related} />
        </section>
      ) : null}
    </div>
  );
}
