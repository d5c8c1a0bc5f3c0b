import { Cron } from 'croner';

/**
 * The next time a cron expression fires, for the embedded runner. The same expressions are handed to
 * Inngest in Inngest mode, so both engines keep one schedule: five fields (Inngest's syntax, no
 * seconds or year field) and Inngest's optional `TZ=Area/City ` prefix. Parsing and time-zone math
 * are croner's (any IANA zone, daylight saving, offsets such as +05:45); day-of-month and day-of-week
 * combine with OR when both are restricted, as in standard cron.
 */
export type ParsedCron = { timeZone: string; cron: Cron };

export function parseCron(expression: string): ParsedCron {
  const tz = /^(?:TZ|CRON_TZ)=(\S+)\s+(.*)$/.exec(expression.trim());
  const timeZone = tz ? tz[1]! : 'UTC';
  const pattern = (tz ? tz[2]! : expression).trim();
  // croner only notices an unknown zone when it computes a run; Intl refuses it here, at parse time.
  new Intl.DateTimeFormat('en-US', { timeZone });
  // '5-part' refuses seconds and year fields, which Inngest would not accept.
  return { timeZone, cron: new Cron(pattern, { timezone: timeZone, paused: true, mode: '5-part' }) };
}

/** The first firing strictly after `after` (to the minute). Throws if the expression never fires again. */
export function nextCronRun(expression: string | ParsedCron, after: Date): Date {
  const { cron } = typeof expression === 'string' ? parseCron(expression) : expression;
  const next = cron.nextRun(after);
  if (!next) throw new Error(`Cron expression never fires again: ${cron.getPattern() ?? 'parsed'}`);
  return next;
}
