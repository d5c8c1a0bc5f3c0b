import { describe, expect, it } from 'vitest';
import { centsToPesosInput, parsePesos } from './pesos';

describe('parsePesos', () => {
  it.each([
    ['49900', 4_990_000],
    ['49.900', 4_990_000],
    ['$ 49.900', 4_990_000],
    ['1.250.000', 125_000_000],
    [' 12 500 ', 1_250_000],
    ['0', 0],
  ])('%s → %i centavos', (raw, cents) => {
    expect(parsePesos(raw)).toBe(cents);
  });

  it.each(['', 'abc', '49,90', '49.9', '-100', '1.2345', '12.5', '1e5', '9999999999999'])('refuses %s', (raw) => {
    expect(parsePesos(raw)).toBeNull();
  });
});

describe('centsToPesosInput', () => {
  it('writes whole pesos without separators, blank for none', () => {
    expect(centsToPesosInput(4_990_000)).toBe('49900');
    expect(centsToPesosInput(null)).toBe('');
  });
});
