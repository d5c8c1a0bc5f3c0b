'use client';

import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';
import { isToasterWanted, subscribeToToasts } from './toast';

const MountedToaster = dynamic(() => import('./mounted-toaster').then((m) => m.MountedToaster), { ssr: false });

/** Where the toasts appear: empty until the first toast is asked for (components/ui/toast.ts). */
export function ToasterSlot() {
  const wanted = useSyncExternalStore(subscribeToToasts, isToasterWanted, () => false);
  return wanted ? <MountedToaster /> : null;
}
