import { describe, expect, it } from 'vitest';
import { describeError, retryDelayMs } from './retry-backoff';

describe('retryDelayMs', () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [10, 2_560_000],
    [11, 3_600_000],
    [500, 3_600_000],
  ])('after %i failed attempts waits %i ms', (attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });

  it('takes a custom base', () => {
    expect(retryDelayMs(3, { baseMs: 30_000 })).toBe(120_000);
  });
});

describe('describeError', () => {
  it('keeps one short line', () => {
    const error = new Error(`fallo\n${'x'.repeat(1000)}`);
    const text = describeError(error);
    expect(text.startsWith('Error: fallo x')).toBe(true);
    expect(text).not.toContain('\n');
    expect(text.length).toBe(500);
  });
});
