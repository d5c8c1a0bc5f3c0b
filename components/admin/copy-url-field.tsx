'use client';

import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { toast } from '@/components/ui/toast';

/** A read-only URL with a "Copiar" button (Clipboard API; the field stays selectable where it is missing). */
export function CopyUrlField({ id, label, url }: { id: string; label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.success('Dirección copiada');
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      toast.error('No se pudo copiar: selecciona la dirección y cópiala a mano.');
    }
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-sand-200 bg-white px-3 py-2 font-mono text-sm text-stone-900"
        />
        <button
          type="button"
          onClick={copy}
          className="inline-flex items-center gap-1.5 rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
          {copied ? 'Copiada' : 'Copiar'}
        </button>
      </div>
    </div>
  );
}
