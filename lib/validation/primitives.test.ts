import { describe, expect, it } from 'vitest';
import { findUnsafeValue, isRealDate, isSafeText, jsonInt, queryInt, safeText } from './primitives';

describe('validation primitives (issue #21)', () => {
  it('safe text refuses NUL and lone surrogates, keeps real emoji pairs', () => {
    expect(isSafeText('hola 🌿')).toBe(true);
    expect(isSafeText('a\u0000b')).toBe(false);
    expect(isSafeText('x\ud800y')).toBe(false);
    expect(isSafeText('x\udc00')).toBe(false);
    expect(safeText().safeParse('a\u0000').success).toBe(false);
  });

  it('JSON integers are never coerced', () => {
    for (const value of [null, false, true, '', [], [1], '1', '0x10', '1e1', 1.5, Number.NaN])
      expect(jsonInt().safeParse(value).success, JSON.stringify(value)).toBe(false);
    expect(jsonInt().parse(3)).toBe(3);
  });

  it('query integers are plain digits within bounds', () => {
    const page = queryInt({ min: 1, max: 100 });
    expect(page.parse('42')).toBe(42);
    expect(page.parse(7)).toBe(7);
    for (const value of ['0x10', '1e1', ' 1', '-1', '+1', '1.0', '', '101', '0', '9'.repeat(20), true, null])
      expect(page.safeParse(value).success, String(value)).toBe(false);
  });

  it('dates never roll over', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-02-30')).toBe(false);
    expect(isRealDate('2024-13-01')).toBe(false);
    expect(isRealDate('2024-1-01')).toBe(false);
  });

  it('finds deep nesting and unsafe strings without recursion, with the field path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeValue(deep)).toMatchObject({ kind: 'depth' });
    expect(findUnsafeValue({ address: { city: 'Cali\u0000' } })).toEqual({ kind: 'text', path: 'address.city' });
    expect(findUnsafeValue({ ['k\u0000']: 1 })).toMatchObject({ kind: 'text' });
    expect(findUnsafeValue({ a: [{ b: 'ok' }], n: 1, t: true, z: null })).toBeNull();
  });
});
