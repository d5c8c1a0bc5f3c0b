const bogotaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Bogota',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Bogotá as YYYY-MM-DD (Colombia has no DST: always UTC−5). */
export function todayInBogota(now: Date = new Date()): string {
  return bogotaDate.format(now);
}

/** VIP while today in America/Bogota is on or before `vipUntil` (a YYYY-MM-DD date). */
export function isVipActive(vipUntil: string | null | undefined, now: Date = new Date()): boolean {
  if (!vipUntil) return false;
  return todayInBogota(now) <= vipUntil;
}
