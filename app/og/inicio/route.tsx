import { ogCardResponse } from '@/components/seo/og-card';

/** The link preview of the home page and the product list. */
export function GET() {
  return ogCardResponse({
    title: 'El spa, ahora en tu casa',
    note: 'Aceites, cremas y kits que usamos en cabina. Pagos con Wompi.',
  });
}
