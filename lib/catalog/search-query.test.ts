import { describe, expect, it } from 'vitest';
import { buildSearchTerms, MAX_QUERY_LENGTH, normalizeQueryText } from './search-query';

describe('buildSearchTerms', () => {
  it.each([
    { raw: 'jabon', tsquery: 'jabon:*' },
    { raw: '  Exfoliante   de Café ', tsquery: 'exfoliante:* & de:* & café:*' },
    { raw: "jabón:* & 'avena' | !miel", tsquery: 'jabón:* & avena:* & miel:*' },
    { raw: '100% natural', tsquery: '100:* & natural:*' },
    { raw: 'a\\b', tsquery: 'a & b' },
    { raw: 'crema crema CREMA', tsquery: 'crema:*' },
    { raw: 'aceite 💆‍♀️ relajante', tsquery: 'aceite:* & relajante:*' },
    { raw: "'); DROP TABLE products; --", tsquery: 'drop:* & table:* & products:*' },
  ])('$raw → $tsquery', ({ raw, tsquery }) => {
    expect(buildSearchTerms(raw).tsquery).toBe(tsquery);
  });

  it.each(['', '   ', '%%%', ':*', '😀', '\\', '"\'"'])('%j has no searchable words', (raw) => {
    expect(buildSearchTerms(raw).tsquery).toBeNull();
  });

  it('never lets a tsquery operator through, whatever the input', () => {
    const nasty = Array.from({ length: 500 }, (_, i) => String.fromCodePoint(33 + ((i * 7919) % 2000))).join('');
    const { tsquery } = buildSearchTerms(nasty);
    for (const term of tsquery?.split(' & ') ?? []) expect(term).toMatch(/^[\p{L}\p{N}]+(:\*)?$/u);
  });

  it('keeps at most 8 words of at most 40 letters', () => {
    const { tsquery } = buildSearchTerms(`${'a'.repeat(60)} b c d e f g h i j k`);
    const terms = tsquery?.split(' & ') ?? [];
    expect(terms).toHaveLength(8);
    expect(terms[0]).toBe(`${'a'.repeat(40)}:*`);
  });
});

describe('normalizeQueryText', () => {
  it('caps the text at 200 characters, counting emoji as one', () => {
    expect(normalizeQueryText('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(Array.from(normalizeQueryText('😀'.repeat(300)))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('drops NUL and other control characters, which PostgreSQL would refuse', () => {
    expect(normalizeQueryText('jab\u0000ón\u200b de\u0007 avena')).toBe('jab ón de avena');
  });

  it('collapses whitespace and trims', () => {
    expect(normalizeQueryText('  jabón \n de\tavena ')).toBe('jabón de avena');
    expect(normalizeQueryText(undefined)).toBe('');
  });
});
