'use client';

import { useEffect } from 'react';
import { Toaster } from 'sonner';
import { toasterMounted } from './toast';

/** sonner's Toaster; its own effect (subscribing to toasts) runs before this one, its parent's. */
export function MountedToaster() {
  useEffect(() => toasterMounted(), []);
  return <Toaster position="top-center" richColors closeButton toastOptions={{ duration: 4000 }} />;
}
