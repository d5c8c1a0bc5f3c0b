import type { ReactNode } from 'react';
import { Inbox } from 'lucide-react';

/** What an empty table says instead: why it is empty and, when useful, what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <Inbox aria-hidden className="mx-auto size-10 text-stone-400" />
      <p className="mt-3 text-lg font-semibold text-stone-900">{title}</p>
      {children ? <div className="mt-1 text-sm text-stone-700">{children}</div> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
