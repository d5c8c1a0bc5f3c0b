import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { AppProviders } from '@/components/providers/app-providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Botica — productos de spa', template: '%s · Botica' },
  description: 'Aceites, cremas y kits del spa, con precios para miembros VIP. Pagos con Wompi.',
};

export const viewport: Viewport = { themeColor: '#30553d' };

/*
 * The layout reads nothing per request: the catalogue pages under it are cached HTML, the same for
 * everyone (docs/catalog.md). The header's personal parts are client islands. This one line runs
 * before the first paint and copies the islands' hint cookie onto <html data-shopper>, so CSS can show
 * a signed-in shopper's placeholders and a VIP's prices at once (components/providers/shopper.ts).
 */
const SHOPPER_HINT_SCRIPT =
  'try{var m=/(?:^|;\\s*)botica_shopper=(vip|member)(?:;|$)/.exec(document.cookie);if(m)document.documentElement.dataset.shopper=m[1]}catch(e){}';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The hint script may set data-shopper before React hydrates.
    <html lang="es-CO" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: SHOPPER_HINT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <AppProviders>
          <SiteHeader />
          <main id="contenido" className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </AppProviders>
      </body>
    </html>
  );
}
