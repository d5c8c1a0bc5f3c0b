import type { Db } from '@/db/client';
import { AppError } from '@/lib/errors';
import { consumeRateLimit, peekRateLimit } from '@/lib/rate-limit/consume-rate-limit';

/**
 * Codes a shopper may try without success at /checkout?cupon=… before being told to wait: enough for
 * typos, too few to guess codes by trying. Only failures count, so re-rendering the page with a good
 * code costs nothing.
 */
const FAILED_CODES_PER_WINDOW = 10;
const WINDOW_SECONDS = 15 * 60;
const key = (userId: string) => `voucher-probe:${userId}`;

export const voucherProbeLimited = () =>
  new AppError({
    code: 'RATE-LIMITED',
    status: 429,
    message: 'Probaste demasiados códigos. Espera unos minutos antes de intentar otro.',
  });

/** Throws RATE-LIMITED when the shopper has used up their failed codes. */
export async function assertVoucherProbeAllowed(db: Db, userId: string): Promise<void> {
  const state = await peekRateLimit(db, { key: key(userId), limit: FAILED_CODES_PER_WINDOW });
  if (!state.allowed) throw voucherProbeLimited();
}

export async function recordVoucherProbeFailure(db: Db, userId: string): Promise<void> {
  await consumeRateLimit(db, { key: key(userId), limit: FAILED_CODES_PER_WINDOW, windowSeconds: WINDOW_SECONDS });
}
