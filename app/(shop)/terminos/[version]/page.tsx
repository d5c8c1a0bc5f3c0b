import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermsDocument } from '@/components/legal/terms-document';
import { currentPurchaseTerms, findPurchaseTerms, PURCHASE_TERMS } from '@/lib/legal/purchase-terms';

type Props = { params: Promise<{ version: string }> };

export const metadata: Metadata = { title: 'Términos de compra' };

export function generateStaticParams() {
  return PURCHASE_TERMS.map((t) => ({ version: t.version }));
}

export default async function TermsVersionPage({ params }: Props) {
  const terms = findPurchaseTerms((await params).version);
  if (!terms) notFound();
  return <TermsDocument terms={terms} isCurrent={terms.version === currentPurchaseTerms().version} />;
}
