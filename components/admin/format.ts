const dateTime = new Intl.DateTimeFormat('es-CO', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Bogota',
});
const dateOnly = new Intl.DateTimeFormat('es-CO', { dateStyle: 'medium', timeZone: 'America/Bogota' });
const dayMonth = new Intl.DateTimeFormat('es-CO', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const integer = new Intl.NumberFormat('es-CO');
const percent = new Intl.NumberFormat('es-CO', { style: 'percent', maximumFractionDigits: 1 });

/** Instants as Bogotá wall-clock time, the only time staff think in. */
export const formatDateTime = (d: Date | string) => dateTime.format(typeof d === 'string' ? new Date(d) : d);
export const formatDate = (d: Date | string) => dateOnly.format(typeof d === 'string' ? new Date(d) : d);
/** A calendar date (YYYY-MM-DD) as "10 mar"; it is already a Bogotá date, so it is formatted as UTC. */
export const formatDayMonth = (isoDate: string) => dayMonth.format(new Date(`${isoDate}T00:00:00Z`));
/** A Bogotá calendar date (YYYY-MM-DD) in long form. */
export const formatCalendarDate = (isoDate: string) =>
  new Intl.DateTimeFormat('es-CO', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
export const formatInteger = (n: number) => integer.format(n);
export const formatPercent = (ratio: number) => percent.format(ratio);
