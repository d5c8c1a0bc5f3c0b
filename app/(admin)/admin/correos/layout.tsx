import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/guards';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

/**
 * Checked here, outside the page's loading boundary, so that anyone but STAFF or ADMIN gets a real
 * 404 status (a page inside a Suspense boundary would already have answered 200). The page checks again.
 */
export default async function EmailsAdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user || (user.role !== 'ADMIN' && user.role !== 'STAFF')) notFound();
  return children;
}
