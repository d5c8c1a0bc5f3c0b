import { describe, expect, it } from 'vitest';
import { CRON_JOBS } from './cron-jobs';
import { nextCronRun, parseCron } from './next-cron-run';

describe('nextCronRun', () => {
  it.each([
    ['*/5 * * * *', '2030-01-01T10:02:30Z', '2030-01-01T10:05:00.000Z'],
    ['*/5 * * * *', '2030-01-01T10:05:00Z', '2030-01-01T10:10:00.000Z'],
    ['*/10 * * * *', '2030-01-01T23:55:00Z', '2030-01-02T00:00:00.000Z'],
    ['17 * * * *', '2030-01-01T10:17:00Z', '2030-01-01T11:17:00.000Z'],
    ['* * * * *', '2030-01-01T10:17:59Z', '2030-01-01T10:18:00.000Z'],
    // Bogotá is UTC−5 all year: 07:00 there is 12:00 UTC.
    ['TZ=America/Bogota 0 7 * * *', '2030-01-01T11:59:00Z', '2030-01-01T12:00:00.000Z'],
    ['TZ=America/Bogota 0 7 * * *', '2030-01-01T12:00:00Z', '2030-01-02T12:00:00.000Z'],
    ['TZ=America/Bogota 30 3 * * *', '2030-01-01T00:00:00Z', '2030-01-01T08:30:00.000Z'],
    ['0 9 * * 1-5', '2030-01-04T09:00:00Z', '2030-01-07T09:00:00.000Z'], // Friday → Monday
    ['0 0 1 * *', '2030-01-15T00:00:00Z', '2030-02-01T00:00:00.000Z'],
    ['0 0 * * 7', '2030-01-01T00:00:00Z', '2030-01-06T00:00:00.000Z'], // 7 is Sunday too
    ['0,30 8-9 * * *', '2030-01-01T08:30:00Z', '2030-01-01T09:00:00.000Z'],
    // Kathmandu is UTC+05:45: zones off the half hour fire on time too.
    ['TZ=Asia/Kathmandu 0 7 * * *', '2030-01-01T00:00:00Z', '2030-01-01T01:15:00.000Z'],
    // Both day fields restricted: either matches (standard cron). 2030-01-13 is the first Sunday after the 1st.
    ['0 0 13 * 0', '2030-01-07T00:00:00Z', '2030-01-13T00:00:00.000Z'],
    ['0 0 13 * 0', '2030-01-13T00:00:00Z', '2030-01-20T00:00:00.000Z'],
  ])('%s after %s → %s', (expression, after, expected) => {
    expect(nextCronRun(expression, new Date(after)).toISOString()).toBe(expected);
  });

  it.each([
    '* * * *',
    '0 * * * * *',
    '61 * * * *',
    '*/0 * * * *',
    'a b c d e',
    '5-1 * * * *',
    'TZ=Nowhere/City * * * * *',
  ])('refuses %s', (expression) => {
    expect(() => parseCron(expression)).toThrow();
  });

  it('every scheduled job has a valid expression', () => {
    for (const job of CRON_JOBS) expect(() => nextCronRun(job.cron, new Date())).not.toThrow();
  });
});
