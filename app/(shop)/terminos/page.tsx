import type { Metadata } from 'next';
import { TermsDocument } from '@/components/legal/terms-document';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';

export const metadata: Metadata = { title: 'Términos de compra' };

export default function CurrentTermsPage() {
  return <TermsDocument terms={currentPurchaseTerms()} isCurrent />;
}
