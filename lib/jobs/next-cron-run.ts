/**
 * The next time a cron expression fires, for the embedded runner. The same expressions are handed to
 * Inngest in Inngest mode, so both engines keep one schedule. Supports five fields with `*`, `n`,
 * `a-b`, lists and `/step`, and Inngest's optional `TZ=Area/City ` prefix; day-of-month and
 * day-of-week combine with OR when both are restricted, as in standard cron.
 */
type Field = { values: Set<number>; isWildcard: boolean };

const RANGES: Array<[number, number]> = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 7], // day of week (0 and 7 are Sunday)
];

function parseField(text: string, [min, max]: [number, number]): Field {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [rangeText, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`Paso inválido en cron: ${part}`);
    let from = min;
    let to = max;
    if (rangeText !== '*') {
      const [a, b] = (rangeText ?? '').split('-');
      from = Number(a);
      to = b === undefined ? (stepText === undefined ? from : max) : Number(b);
    }
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < min || to > max || from > to)
      throw new Error(`Valor fuera de rango en cron: ${part}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return { values, isWildcard: text === '*' };
}

export type ParsedCron = { timeZone: string; fields: Field[] };

export function parseCron(expression: string): ParsedCron {
  let rest = expression.trim();
  let timeZone = 'UTC';
  const tz = /^(?:TZ|CRON_TZ)=(\S+)\s+(.*)$/.exec(rest);
  if (tz) {
    timeZone = tz[1]!;
    rest = tz[2]!;
  }
  const parts = rest.split(/\s+/);
  if (parts.length !== 5) throw new Error(`Expresión cron inválida (se esperan 5 campos): ${expression}`);
  const fields = parts.map((p, i) => parseField(p, RANGES[i]!));
  if (fields[4]!.values.has(7)) fields[4]!.values.add(0);
  return { timeZone, fields };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return {
    minute: Number(get('minute')),
    hour: Number(get('hour')),
    day: Number(get('day')),
    month: Number(get('month')),
    weekday,
  };
}

function matchesDay(cron: ParsedCron, p: ReturnType<typeof partsIn>): boolean {
  const [, , dom, month, dow] = cron.fields as [Field, Field, Field, Field, Field];
  if (!month.values.has(p.month)) return false;
  const domOk = dom.values.has(p.day);
  const dowOk = dow.values.has(p.weekday);
  if (!dom.isWildcard && !dow.isWildcard) return domOk || dowOk;
  return domOk && dowOk;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The first firing strictly after `after` (to the minute). Throws if none within ~a year. */
export function nextCronRun(expression: string | ParsedCron, after: Date): Date {
  const cron = typeof expression === 'string' ? parseCron(expression) : expression;
  const [minute, hour] = cron.fields as [Field, Field];
  let t = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
  const limit = t + 370 * 24 * HOUR;
  while (t <= limit) {
    const p = partsIn(new Date(t), cron.timeZone);
    if (!matchesDay(cron, p) || !hour.values.has(p.hour)) {
      // Skip to the next hour boundary (time zones here are whole or half hours: minute 0/30 are safe).
      t += (60 - p.minute) * MINUTE;
      continue;
    }
    if (minute.values.has(p.minute)) return new Date(t);
    t += MINUTE;
  }
  throw new Error(
    `La expresión cron no se cumple en el próximo año: ${typeof expression === 'string' ? expression : 'parsed'}`,
  );
}
