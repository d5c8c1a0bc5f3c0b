import Link from 'next/link';
import { Leaf, Search } from 'lucide-react';
import { getCachedCategories } from '@/lib/catalog/cached-catalog';
import { HeaderIslands } from './header-islands';

export async function SiteHeader() {
  // The same for everyone (categories from the catalogue cache); the shopper's parts are islands.
  const categories = await getCachedCategories();
  return (
    <header className="sticky top-0 z-20 border-b border-sand-200 bg-white/95 backdrop-blur">
      <a
        href="#contenido"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Saltar al contenido
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-2 font-serif text-2xl text-brand-800"
          aria-label="Botica, inicio"
        >
          <Leaf aria-hidden className="size-6 text-brand-600" />
          Botica
        </Link>
        <form action="/productos" role="search" className="ml-auto hidden flex-1 sm:flex sm:max-w-md">
          <label htmlFor="header-search" className="sr-only">
            Buscar productos
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Buscar aceites, cremas, kits…"
            className="w-full rounded-l-lg border border-r-0 border-stone-300 bg-white px-3 py-2 text-sm"
          />
          <button
            type="submit"
            className="rounded-r-lg bg-brand-700 px-3 text-white hover:bg-brand-800"
            aria-label="Buscar"
          >
            <Search aria-hidden className="size-4" />
          </button>
        </form>
        <nav aria-label="Cuenta y carrito" className="ml-auto flex items-center gap-1 sm:ml-0">
          <HeaderIslands />
        </nav>
      </div>
      <nav aria-label="Categorías" className="border-t border-sand-100">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 py-2 text-sm">
          <li>
            <Link
              href="/productos"
              className="block rounded-full px-3 py-1 whitespace-nowrap text-stone-700 hover:bg-sand-100"
            >
              Todo
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c.id}>
              <Link
                href={`/categorias/${c.slug}`}
                className="block rounded-full px-3 py-1 whitespace-nowrap text-stone-700 hover:bg-sand-100"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
