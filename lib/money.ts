/** Money is integer COP centavos end to end; only the UI formats it. */
export type Cents = number;

const copFormatter = new Intl.NumberFormat('es-CO', {
  style: 'currency',
  currency: 'COP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

export function formatCop(cents: Cents): string {
  return copFormatter.format(Math.round(cents / 100));
}

export function pesosToCents(pesos: number): Cents {
  if (!Number.isSafeInteger(pesos)) throw new RangeError(`Pesos must be a whole number, got ${pesos}`);
  return pesos * 100;
}

export function isWholePesos(cents: Cents): boolean {
  return Number.isSafeInteger(cents) && cents % 100 === 0;
}

/** `percent` of `cents`, floored to whole pesos. Integer arithmetic only: no float ever touches money. */
export function percentOf(cents: Cents, percent: number): Cents {
  if (!Number.isSafeInteger(cents) || !Number.isInteger(percent)) throw new RangeError('Integer money only');
  const raw = Math.floor((cents * percent) / 100);
  return raw - (raw % 100);
}
