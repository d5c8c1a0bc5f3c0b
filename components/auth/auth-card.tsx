import type { ReactNode } from 'react';

export function AuthCard({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="rounded-2xl border border-sand-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="font-serif text-3xl text-brand-900">{title}</h1>
        <p className="mt-1 mb-6 text-stone-700">{subtitle}</p>
        {children}
      </div>
    </div>
  );
}
