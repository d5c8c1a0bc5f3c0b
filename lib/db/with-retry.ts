import { PG, pgErrorCode } from './pg-error';

const RETRYABLE = new Set<string>([PG.serializationFailure, PG.deadlockDetected]);

/**
 * Runs `work` (which must open its own transaction) again when PostgreSQL aborts it with a
 * serialization failure or a deadlock. Retrying the whole transaction is the only safe unit:
 * side effects stay out of it because they go through the outbox.
 */
export async function withRetry<T>(work: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = pgErrorCode(error);
      if (attempt >= maxAttempts || !code || !RETRYABLE.has(code)) throw error;
      const backoffMs = 10 * 2 ** attempt + Math.random() * 25;
      await new Promise((resolve) => setTimeout(resolve, backoffMs));
    }
  }
}
