const BOGOTA = 'America/Bogota';

const longDate = new Intl.DateTimeFormat('es-CO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('es-CO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: BOGOTA,
});
const dateTime = new Intl.DateTimeFormat('es-CO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: BOGOTA,
});
const timeOnly = new Intl.DateTimeFormat('es-CO', { hour: 'numeric', minute: '2-digit', timeZone: BOGOTA });

/** A calendar date (YYYY-MM-DD, already a Bogotá day) as "jueves, 3 de diciembre de 2026". */
export function formatCalendarDate(ymd: string): string {
  return longDate.format(new Date(`${ymd}T12:00:00Z`));
}

/** An instant as the day it was in Bogotá: "3 dic 2026". */
export function formatShortDate(iso: string | Date): string {
  return shortDate.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** An instant in Bogotá time: "3 dic 2026, 4:05 p. m.". */
export function formatDateTime(iso: string | Date): string {
  return dateTime.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** Just the Bogotá clock time: "4:05 p. m.". */
export function formatTime(iso: string | Date): string {
  return timeOnly.format(typeof iso === 'string' ? new Date(iso) : iso);
}
