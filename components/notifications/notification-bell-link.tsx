'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';

export const UNREAD_QUERY_KEY = ['notifications', 'unread'] as const;

async function fetchUnread(): Promise<number> {
  const res = await fetch('/api/v1/notifications?pageSize=1', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`notifications ${res.status}`);
  const body = (await res.json()) as { unreadCount: number };
  return body.unreadCount;
}

export function unreadLabel(count: number): string {
  if (count === 0) return 'Notificaciones, ninguna sin leer';
  return `Notificaciones, ${count} sin leer`;
}

/**
 * The bell's client half: starts from the server's count, then refreshes every minute (and when the
 * tab regains focus) so a payment confirmed in the background shows up without a reload.
 */
export function NotificationBellLink({ initialUnread }: { initialUnread: number }) {
  const queryClient = useQueryClient();
  const { data: unread = initialUnread } = useQuery({
    queryKey: UNREAD_QUERY_KEY,
    queryFn: fetchUnread,
    initialData: initialUnread,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  // A server render (e.g. after "mark all read") brings a fresher count than the cache.
  useEffect(() => {
    queryClient.setQueryData(UNREAD_QUERY_KEY, initialUnread);
  }, [initialUnread, queryClient]);

  const shown = unread > 99 ? '99+' : String(unread);
  return (
    <Link
      href="/cuenta/notificaciones"
      aria-label={unreadLabel(unread)}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute top-1 right-1 min-w-5 rounded-full bg-clay-600 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
