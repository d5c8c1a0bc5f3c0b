'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { CheckCheck, Loader2 } from 'lucide-react';
import { refreshShopper } from '@/components/providers/shopper';
import { markNotificationsReadAction } from '@/lib/actions/notifications/mark-read-action';

/** Marks the given notifications (or all, without `ids`) read; the page and the bell refresh after. */
export function MarkReadButton({ ids, label, compact = false }: { ids?: string[]; label: string; compact?: boolean }) {
  const [isPending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const onClick = () =>
    startTransition(async () => {
      const result = await markNotificationsReadAction(ids ? { ids } : {});
      if (!result.ok) toast.error(result.message ?? 'No pudimos marcar la notificación.');
      else await refreshShopper(queryClient);
    });
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={isPending}
      aria-disabled={isPending}
      className={
        compact
          ? 'inline-flex shrink-0 items-center gap-1 rounded-lg px-2 py-1 text-xs font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70'
          : 'inline-flex items-center gap-2 rounded-lg border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70'
      }
    >
      {isPending ? (
        <Loader2 aria-hidden className="size-4 animate-spin" />
      ) : (
        <CheckCheck aria-hidden className="size-4" />
      )}
      {label}
    </button>
  );
}
