/**
 * Colombian business days: Monday–Friday minus the national holidays of Ley 51 de 1983 (Emiliani),
 * which moves most holidays to the following Monday, plus the Easter-based ones. Dates are
 * YYYY-MM-DD calendar days in Bogotá; arithmetic is done in UTC to avoid any DST drift.
 */
function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function nextMonday(date: Date): Date {
  const dow = date.getUTCDay();
  return dow === 1 ? date : addDays(date, (8 - dow) % 7);
}

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const holidayCache = new Map<number, Set<string>>();

export function colombianHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = [
    utc(year, 1, 1),
    utc(year, 5, 1),
    utc(year, 7, 20),
    utc(year, 8, 7),
    utc(year, 12, 8),
    utc(year, 12, 25),
  ];
  const moved = [
    [1, 6],
    [3, 19],
    [6, 29],
    [8, 15],
    [10, 12],
    [11, 1],
    [11, 11],
  ].map(([m, d]) => nextMonday(utc(year, m!, d!)));
  const easter = easterSunday(year);
  const easterBased = [
    addDays(easter, -3),
    addDays(easter, -2),
    addDays(easter, 43),
    addDays(easter, 64),
    addDays(easter, 71),
  ];
  const set = new Set([...fixed, ...moved, ...easterBased].map(ymd));
  holidayCache.set(year, set);
  return set;
}

export function isBusinessDay(date: Date): boolean {
  const dow = date.getUTCDay();
  return dow !== 0 && dow !== 6 && !colombianHolidays(date.getUTCFullYear()).has(ymd(date));
}

/** `startYmd` plus `days` business days (0 → the start day itself). */
export function addBusinessDays(startYmd: string, days: number): string {
  let date = new Date(`${startYmd}T00:00:00Z`);
  let remaining = days;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isBusinessDay(date)) remaining--;
  }
  return ymd(date);
}
