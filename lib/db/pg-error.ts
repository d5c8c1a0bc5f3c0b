// Drizzle (>= 0.44) wraps driver errors in DrizzleQueryError with the PostgresError on `.cause`,
// and its message carries bound parameters, so read codes from the chain and never log the wrapper raw.
type WithCode = { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };

export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as WithCode).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as WithCode).cause;
  }
  return undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const c = current as WithCode;
    const name = c.constraint_name ?? c.constraint;
    if (typeof name === 'string') return name;
    current = c.cause;
  }
  return undefined;
}

export const PG = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  foreignKeyViolation: '23503',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  lockNotAvailable: '55P03',
  queryCanceled: '57014',
} as const;
