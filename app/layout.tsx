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

// Every page shows the signed-in shopper's header (cart, bell, account), so nothing is prerendered at
// build time; catalogue data is cached by lib/catalog with tag invalidation instead.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { themeColor: '#30553d' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-CO">
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
