import type { Cents } from '@/lib/money';

/**
 * Admins type prices in pesos the Colombian way ("49.900", "$ 49 900" or "49900"); the store keeps
 * centavos. Only whole pesos are accepted, and the conversion is integer arithmetic on the digits:
 * no float ever touches the amount. Returns null for anything else (decimals, letters, negatives).
 */
export function parsePesos(raw: string): Cents | null {
  const compact = raw
    .trim()
    .replace(/^\$\s*/, '')
    .replace(/[\s\u00a0]/g, '');
  // Thousands separators only where a Colombian writes them: groups of three after the first digits.
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact)) return null;
  const pesos = Number(compact.replace(/\./g, ''));
  if (!Number.isSafeInteger(pesos) || pesos > 1_000_000_000) return null;
  return pesos * 100;
}

/** Centavos as the digits an admin would type back into a form ("49900"). */
export function centsToPesosInput(cents: Cents | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return String(Math.trunc(cents / 100));
}
