'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { formatTime } from './format-date';

function subscribe(onTick: () => void) {
  const id = window.setInterval(onTick, 1000);
  return () => window.clearInterval(id);
}
// Whole seconds, so the snapshot only changes once a second.
const nowInSeconds = () => Math.floor(Date.now() / 1000);
const noClockOnServer = () => null;

function mmss(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Time left to pay before the reservation lapses. The exact deadline is always printed (it is what
 * the server enforces); the ticking clock is a client nicety. At zero the page is re-read so the
 * shopper sees what the server says now.
 */
export function ReservationCountdown({ expiresAt, serverNow }: { expiresAt: string; serverNow: number }) {
  const router = useRouter();
  // How far this device's clock is from the server's, so a phone set a few minutes off still counts right.
  const [skewSeconds] = useState(() => Math.round((serverNow - Date.now()) / 1000));
  const now = useSyncExternalStore(subscribe, nowInSeconds, noClockOnServer);
  const deadline = Math.floor(Date.parse(expiresAt) / 1000);
  const remaining = now === null ? null : Math.max(0, deadline - (now + skewSeconds));
  const isOver = remaining === 0;

  useEffect(() => {
    if (isOver) router.refresh();
  }, [isOver, router]);

  return (
    <div className="rounded-xl bg-amber-50 px-4 py-3 text-amber-950" data-testid="reservation-countdown">
      {isOver ? (
        <p className="font-semibold">La reserva de tus productos venció.</p>
      ) : (
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span>Tiempo para pagar:</span>
          <span
            role="timer"
            aria-live="off"
            className="font-mono text-2xl font-bold tabular-nums"
            data-testid="countdown-clock"
          >
            {remaining === null ? '--:--' : mmss(remaining)}
          </span>
        </p>
      )}
      <p className="mt-1 text-sm">
        Guardamos tus productos hasta las <strong>{formatTime(expiresAt)}</strong> (hora de Colombia).
      </p>
      <p className="sr-only" aria-live="polite">
        {remaining !== null && remaining > 0 && remaining <= 60
          ? 'Queda menos de un minuto para pagar.'
          : remaining !== null && remaining > 0 && remaining <= 300
            ? 'Quedan menos de 5 minutos para pagar.'
            : ''}
      </p>
    </div>
  );
}
