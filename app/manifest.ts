import type { MetadataRoute } from 'next';

/** The web app manifest: name, colours (the theme colour of app/layout.tsx) and icons for home screens. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Botica — productos de spa',
    short_name: 'Botica',
    description: 'Aceites, cremas y kits del spa, con precios para miembros VIP.',
    lang: 'es-CO',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f4ede2',
    theme_color: '#30553d',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
      { src: '/icons/maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
}
