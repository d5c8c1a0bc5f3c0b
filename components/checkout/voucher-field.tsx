'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, useTransition } from 'react';

type VoucherFieldProps = {
  applied: { code: string; error: string | null } | null;
  /** A refusal from placing the order (e.g. the voucher ran out meanwhile). */
  error?: string;
};

/**
 * "Aplicar" puts the code in the URL (`?cupon=`), so the server re-prices the summary with the
 * voucher's real rules; the rest of the form keeps what the shopper typed.
 */
export function VoucherField({ applied, error }: VoucherFieldProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [draft, setDraft] = useState(applied?.code ?? '');
  const [isPending, startTransition] = useTransition();
  const message = error ?? applied?.error ?? undefined;
  const isApplied = applied !== null && applied.error === null;

  function navigate(code: string | null) {
    const params = new URLSearchParams(searchParams.toString());
    if (code) params.set('cupon', code);
    else params.delete('cupon');
    const query = params.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  return (
    <fieldset>
      <legend className="font-serif text-xl text-brand-900">Cupón de descuento</legend>
      <div className="mt-2 flex gap-2">
        <label htmlFor="voucher-code" className="sr-only">
          Código del cupón
        </label>
        <input
          id="voucher-code"
          value={draft}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (draft.trim()) navigate(draft.trim());
            }
          }}
          placeholder="Escribe tu código"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'voucher-message' : isApplied ? 'voucher-applied' : undefined}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 uppercase shadow-sm placeholder:normal-case focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600"
        />
        {isApplied ? (
          <button
            type="button"
            onClick={() => {
              setDraft('');
              navigate(null);
            }}
            disabled={isPending}
            className="rounded-lg border border-stone-300 px-4 font-semibold text-stone-800 hover:bg-sand-100 disabled:opacity-60"
          >
            Quitar
          </button>
        ) : (
          <button
            type="button"
            onClick={() => draft.trim() && navigate(draft.trim())}
            disabled={isPending || !draft.trim()}
            className="rounded-lg border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
          >
            {isPending ? 'Aplicando…' : 'Aplicar'}
          </button>
        )}
      </div>
      {message ? (
        <p id="voucher-message" className="mt-1 text-sm text-red-700" role="alert">
          {message}
        </p>
      ) : isApplied ? (
        <p id="voucher-applied" className="mt-1 text-sm text-brand-800" role="status">
          Cupón {applied.code} aplicado.
        </p>
      ) : null}
    </fieldset>
  );
}
