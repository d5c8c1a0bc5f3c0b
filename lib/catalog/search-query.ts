/** The longest `q` we look at (#21); anything longer is cut, never refused. */
export const MAX_QUERY_LENGTH = 200;

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;
/** Shorter words are matched whole: "a" as a prefix would match half the catalogue. */
const MIN_PREFIX_LENGTH = 2;

export type SearchTerms = {
  /** What the shopper typed, trimmed and capped: shown back to them and used for the trigram fallback. */
  text: string;
  /**
   * A `to_tsquery` expression built only from letters and digits joined by `&`, with `:*` for prefix
   * matching. It is still passed as a bound parameter, and it can carry no tsquery syntax of the
   * shopper's because every character outside \p{L}\p{N} was dropped before it was built.
   */
  tsquery: string | null;
};

/**
 * Caps the raw text: drops control, format and lone surrogate characters (PostgreSQL refuses a NUL in
 * text), collapses whitespace, trims and cuts at MAX_QUERY_LENGTH code points.
 */
export function normalizeQueryText(raw: string | null | undefined): string {
  if (!raw) return '';
  const collapsed = raw
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Turns free text into search terms. Quotes, `%`, `\`, `:*`, `&`, `!`, parentheses and emoji are
 * separators, so "jabón:* & 'avena'" becomes `jabón:* & avena:*`. Accents stay: the database applies
 * the same `unaccent` to the query as to the documents.
 */
export function buildSearchTerms(raw: string | null | undefined): SearchTerms {
  const text = normalizeQueryText(raw);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => Array.from(w).slice(0, MAX_TERM_LENGTH).join('')))].slice(0, MAX_TERMS);
  if (unique.length === 0) return { text, tsquery: null };
  const tsquery = unique.map((w) => (Array.from(w).length >= MIN_PREFIX_LENGTH ? `${w}:*` : w)).join(' & ');
  return { text, tsquery };
}
