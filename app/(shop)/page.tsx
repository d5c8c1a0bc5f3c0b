import Link from 'next/link';
import { HomeProductSection } from '@/components/catalog/home-product-section';
import { getCachedCategories, getCachedHomeSections } from '@/lib/catalog/cached-catalog';
import { StoreJsonLd } from '@/components/seo/store-json-ld';
import { homeMetadata } from '@/lib/seo/metadata';

export const generateMetadata = homeMetadata;

/** The same cached page for everyone; a VIP's badge and prices are chosen by CSS (app/globals.css). */
export default async function HomePage() {
  const [categories, sections] = await Promise.all([getCachedCategories(), getCachedHomeSections()]);
  return (
    <div className="mx-auto max-w-6xl px-4">
      <StoreJsonLd />
      <section className="my-8 rounded-3xl bg-brand-800 px-6 py-14 text-white sm:px-12">
        <h1 className="max-w-xl font-serif text-4xl sm:text-5xl">El spa, ahora en tu casa</h1>
        <p className="mt-4 max-w-lg text-brand-100">
          Aceites, cremas y kits que usamos en cabina. Recoge en el spa o recibe en tu puerta.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/productos"
            className="inline-block rounded-lg bg-white px-5 py-3 font-semibold text-brand-900 hover:bg-sand-100"
          >
            Ver productos
          </Link>
          <p className="vip-only self-center rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
            Eres VIP: ves tus precios de miembro
          </p>
        </div>
      </section>

      <section aria-labelledby="home-categories">
        <h2 id="home-categories" className="font-serif text-2xl text-brand-900">
          Categorías
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {categories.map((c) => (
            <li key={c.id}>
              <Link
                href={`/categorias/${c.slug}`}
                className="block h-full rounded-2xl border border-sand-200 bg-white p-4 hover:border-brand-500"
              >
                <span className="font-semibold text-brand-900">{c.name}</span>
                <span className="mt-1 block text-sm text-stone-600">{c.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <HomeProductSection
        id="home-destacados"
        title="Destacados"
        products={sections.featured}
        moreHref="/productos"
        priorityCount={4}
      />
      <HomeProductSection
        id="home-mas-vendidos"
        title="Lo más vendido"
        products={sections.bestSelling}
        moreHref="/productos?orden=calificacion"
        moreLabel="Ver los mejor calificados"
      />
      <HomeProductSection
        id="home-novedades"
        title="Novedades"
        products={sections.newest}
        moreHref="/productos?orden=nuevos"
        moreLabel="Ver todas las novedades"
      />
    </div>
  );
}
