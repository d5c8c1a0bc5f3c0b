'use client';

import type { ReactNode } from 'react';
import type { ExternalToast } from 'sonner';

/*
 * Toasts without sonner in the first-load JavaScript. Every shop page shows buttons that may toast
 * (hearts, "Agregar al carrito"), but a visit often ends without one: the library and its <Toaster>
 * load on the first toast (components/ui/toaster-slot.tsx), and the toasts asked for meanwhile are
 * shown once the Toaster is listening. Same calls as sonner's `toast`.
 */

type Kind = 'message' | 'success' | 'error' | 'info';
type Request = { kind: Kind; message: ReactNode; options?: ExternalToast };

let pending: Request[] = [];
let listening = false;
let wanted = false;
const subscribers = new Set<() => void>();

/** For the slot: re-render when the first toast is asked for. */
export function subscribeToToasts(onChange: () => void): () => void {
  subscribers.add(onChange);
  return () => subscribers.delete(onChange);
}

/** For the slot: whether any toast has been asked for yet. */
export const isToasterWanted = () => wanted;

let sonner: Promise<typeof import('sonner')> | undefined;

// One shared import, so toasts keep the order they were asked in.
function show({ kind, message, options }: Request): Promise<void> {
  sonner ??= import('sonner');
  return sonner.then(({ toast: sonnerToast }) => {
    if (kind === 'message') sonnerToast(message, options);
    else sonnerToast[kind](message, options);
  });
}

/** Called by the Toaster once it listens: shows what was asked for before. */
export function toasterMounted(): void {
  listening = true;
  const queued = pending;
  pending = [];
  for (const request of queued) void show(request);
}

function request(kind: Kind, message: ReactNode, options?: ExternalToast): void {
  if (listening) {
    void show({ kind, message, options });
    return;
  }
  pending.push({ kind, message, options });
  if (!wanted) {
    wanted = true;
    for (const notify of subscribers) notify();
  }
}

export const toast = Object.assign(
  (message: ReactNode, options?: ExternalToast) => request('message', message, options),
  {
    success: (message: ReactNode, options?: ExternalToast) => request('success', message, options),
    error: (message: ReactNode, options?: ExternalToast) => request('error', message, options),
    info: (message: ReactNode, options?: ExternalToast) => request('info', message, options),
  },
);
