import { describe, expect, it } from 'vitest';
import { isInngestConfigured, jobsMode } from './jobs-mode';

const none = {
  JOBS_RUNNER: 'auto' as const,
  INNGEST_EVENT_KEY: undefined,
  INNGEST_BASE_URL: undefined,
  INNGEST_DEV: undefined,
};

describe('jobsMode', () => {
  it.each([
    [{}, 'embedded'],
    [{ INNGEST_EVENT_KEY: 'key' }, 'inngest'],
    [{ INNGEST_BASE_URL: 'http://inngest:8288' }, 'inngest'],
    [{ INNGEST_DEV: '1' }, 'inngest'],
    [{ INNGEST_DEV: 'http://localhost:8288' }, 'inngest'],
    [{ INNGEST_DEV: '0' }, 'embedded'],
    [{ INNGEST_DEV: 'false' }, 'embedded'],
    [{ JOBS_RUNNER: 'off' as const, INNGEST_EVENT_KEY: 'key' }, 'off'],
    [{ JOBS_RUNNER: 'embedded' as const, INNGEST_EVENT_KEY: 'key' }, 'embedded'],
    [{ JOBS_RUNNER: 'inngest' as const }, 'inngest'],
  ])('%j → %s', (overrides, expected) => {
    expect(jobsMode({ ...none, ...overrides })).toBe(expected);
  });

  it('a signing key alone does not mean Inngest can receive events', () => {
    expect(isInngestConfigured({ ...none })).toBe(false);
  });
});
