import Link from 'next/link';
import { formatShortDate } from '@/components/orders/format-date';
import { PURCHASE_TERMS, termsUrl, type PurchaseTerms } from '@/lib/legal/purchase-terms';

/** One version of the purchase terms, with the list of every version (newest first). */
export function TermsDocument({ terms, isCurrent }: { terms: PurchaseTerms; isCurrent: boolean }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">{terms.title}</h1>
      <p className="mt-2 text-sm text-stone-700">
        Versión {terms.version}, publicada el {formatShortDate(terms.publishedAt)}.
        {isCurrent ? ' Es la versión vigente.' : ' Ya no está vigente.'}
      </p>
      {terms.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="font-serif text-2xl text-brand-900">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p} className="mt-3 text-stone-800">
              {p}
            </p>
          ))}
        </section>
      ))}
      <nav aria-labelledby="terms-versions" className="mt-10 border-t border-sand-200 pt-6">
        <h2 id="terms-versions" className="font-semibold text-stone-900">
          Versiones
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {[...PURCHASE_TERMS].reverse().map((t) => (
            <li key={t.version}>
              <Link href={termsUrl(t.version)} className="text-brand-700 underline">
                {t.version}
              </Link>{' '}
              · {formatShortDate(t.publishedAt)}
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
