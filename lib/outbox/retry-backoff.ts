/**
 * Delay before the next attempt after `attempts` failures: 5 s, 10 s, 20 s … capped at one hour.
 * There is no give-up: an undeliverable message waits and is retried (and stays visible with its
 * last error) until it goes through, because dropping it would lose a side effect.
 */
export function retryDelayMs(
  attempts: number,
  { baseMs = 5_000, maxMs = 3_600_000 }: { baseMs?: number; maxMs?: number } = {},
): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(baseMs * 2 ** exponent, maxMs);
}

/** Errors stored in a text column: short, single line, never a stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 500);
}
