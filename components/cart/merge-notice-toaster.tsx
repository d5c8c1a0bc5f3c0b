'use client';

import { useEffect, useRef } from 'react';
import { toast } from '@/components/ui/toast';

export type MergeNoticeView = { productName: string; message: string };

/**
 * Shows, once, what changed when the guest cart joined the account's cart at sign-in (capped or
 * dropped lines), then deletes the short-lived cookie that carried the notices.
 */
export function MergeNoticeToaster({ notices, cookieName }: { notices: MergeNoticeView[]; cookieName: string }) {
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current || notices.length === 0) return;
    shown.current = true;
    document.cookie = `${cookieName}=; Max-Age=0; path=/; SameSite=Lax`;
    toast.info('Unimos tu carrito con el de tu cuenta', {
      description: (
        <ul className="mt-1 list-disc space-y-0.5 pl-4">
          {notices.map((notice, index) => (
            <li key={index}>{notice.message}</li>
          ))}
        </ul>
      ),
      duration: 10_000,
    });
  }, [notices, cookieName]);
  return null;
}
