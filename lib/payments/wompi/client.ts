import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleType,
  isBrokenCircuitError,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import type { z } from 'zod';
import {
  errorResponseSchema,
  merchantResponseSchema,
  transactionListResponseSchema,
  transactionResponseSchema,
  type WompiMerchant,
  type WompiTransaction,
} from '@/lib/payments/wompi/types';

/** Structural so that a pino logger, or a test double, fits. */
export type WompiLogger = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type WompiClientOptions = {
  /** Base including the version, e.g. `https://sandbox.wompi.co/v1` or `<fake url>/v1`. */
  apiUrl: string;
  privateKey: string;
  publicKey: string;
  /** Budget for one HTTP attempt, body included. */
  timeoutMs: number;
  logger?: WompiLogger;
  /** Retries after the first attempt (so attempts = maxRetries + 1). */
  maxRetries?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failed attempts that open the circuit. */
  breakerThreshold?: number;
  halfOpenAfterMs?: number;
};

export type WompiClient = {
  /** null when Wompi answers 404 (unknown id). */
  getTransaction(id: string): Promise<WompiTransaction | null>;
  /** Every transaction under the reference, newest `created_at` first (a buyer may retry after a decline). */
  findTransactionsByReference(reference: string): Promise<WompiTransaction[]>;
  /** null when Wompi does not know the public key. */
  getMerchant(): Promise<WompiMerchant | null>;
};

/** Wompi could not be reached: circuit open, or every retry timed out / failed with 5xx or a network error. */
export class WompiUnavailableError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'WompiUnavailableError';
  }
}

/**
 * By name, not `instanceof`: the production build can hold this module in more than one chunk, and an
 * error from one copy is not an instance of the other's class (a webhook during a Wompi outage then
 * answered 500 instead of 503; found by `npm run test:faults -- wompi-outage`).
 */
export function isWompiUnavailable(error: unknown): error is WompiUnavailableError {
  return error instanceof Error && error.name === 'WompiUnavailableError';
}

/** Wompi answered, but not with what we asked for (4xx other than 404, or a body of the wrong shape). Not retried. */
export class WompiApiError extends Error {
  readonly status: number;
  readonly errorType: string | undefined;
  constructor(args: { message: string; status: number; errorType?: string; cause?: unknown }) {
    super(args.message, { cause: args.cause });
    this.name = 'WompiApiError';
    this.status = args.status;
    this.errorType = args.errorType;
  }
}

/** Internal marker: the only failures the retry and the breaker count. */
class TransientWompiError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'TransientWompiError';
  }
}

const silentLogger: WompiLogger = { info: () => {}, warn: () => {}, error: () => {} };

type Request = { path: string; authenticated: boolean };
type RawResponse = { status: number; body: unknown };

function positiveInt(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

function newestFirst(a: WompiTransaction, b: WompiTransaction): number {
  const time = (t: WompiTransaction) => (t.created_at ? Date.parse(t.created_at) : Number.NaN);
  return (Number.isNaN(time(b)) ? -Infinity : time(b)) - (Number.isNaN(time(a)) ? -Infinity : time(a));
}

export function createWompiClient(options: WompiClientOptions): WompiClient {
  const apiUrl = new URL(options.apiUrl).toString().replace(/\/+$/, '');
  const timeoutMs = positiveInt('timeoutMs', options.timeoutMs);
  const maxRetries = options.maxRetries ?? 2;
  const logger = options.logger ?? silentLogger;

  // Order matters: each retry attempt passes the breaker and gets its own timeout. The breaker
  // lives for the whole client, so a down Wompi fails fast for every caller instead of stacking timeouts.
  const retryPolicy = retry(handleType(TransientWompiError), {
    maxAttempts: maxRetries,
    backoff: new ExponentialBackoff({
      initialDelay: options.initialBackoffMs ?? 200,
      maxDelay: options.maxBackoffMs ?? 2_000,
    }),
  });
  const breakerPolicy = circuitBreaker(handleType(TransientWompiError), {
    halfOpenAfter: options.halfOpenAfterMs ?? 10_000,
    breaker: new ConsecutiveBreaker(positiveInt('breakerThreshold', options.breakerThreshold ?? 5)),
  });
  // Cooperative: fetch honours the signal, and we turn the abort into a TransientWompiError ourselves.
  const timeoutPolicy = timeout(timeoutMs, TimeoutStrategy.Cooperative);
  const policy = wrap(retryPolicy, breakerPolicy, timeoutPolicy);

  retryPolicy.onRetry((reason) => {
    const cause = 'error' in reason ? reason.error.message : 'unexpected result';
    logger.warn({ attempt: reason.attempt, delayMs: Math.round(reason.delay), cause }, 'wompi: retrying request');
  });
  breakerPolicy.onBreak(() => logger.error({}, 'wompi: circuit opened, failing fast'));
  breakerPolicy.onHalfOpen(() => logger.info({}, 'wompi: circuit half-open, probing'));
  breakerPolicy.onReset(() => logger.info({}, 'wompi: circuit closed'));

  async function attempt(request: Request, signal: AbortSignal): Promise<RawResponse> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (request.authenticated) headers.Authorization = `Bearer ${options.privateKey}`;
    try {
      const response = await fetch(`${apiUrl}${request.path}`, { headers, signal });
      // Read the body inside the attempt so a stalled body also hits the timeout.
      const text = await response.text();
      if (response.status >= 500 || response.status === 429) {
        throw new TransientWompiError(`HTTP ${response.status}`);
      }
      return { status: response.status, body: parseJson(text) };
    } catch (error) {
      if (error instanceof TransientWompiError) throw error;
      const message = signal.aborted ? `timed out after ${timeoutMs}ms` : 'network error';
      throw new TransientWompiError(message, { cause: error });
    }
  }

  async function send<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S> | null> {
    let raw: RawResponse;
    try {
      raw = await policy.execute(({ signal }) => attempt(request, signal));
    } catch (error) {
      if (isBrokenCircuitError(error)) {
        throw new WompiUnavailableError('Wompi unavailable: circuit open', { cause: error });
      }
      if (error instanceof TransientWompiError) {
        throw new WompiUnavailableError(`Wompi unavailable after ${maxRetries + 1} attempts: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
    if (raw.status === 404) return null;
    if (raw.status < 200 || raw.status >= 300) {
      const parsedError = errorResponseSchema.safeParse(raw.body);
      const errorType = parsedError.success ? parsedError.data.error.type : undefined;
      logger.warn({ path: request.path, status: raw.status, errorType }, 'wompi: request rejected');
      throw new WompiApiError({ message: `Wompi answered HTTP ${raw.status}`, status: raw.status, errorType });
    }
    const parsed = schema.safeParse(raw.body);
    if (!parsed.success) {
      throw new WompiApiError({
        message: 'Wompi answered with an unexpected shape',
        status: raw.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    async getTransaction(id) {
      if (!id) throw new RangeError('transaction id is empty');
      const body = await send(
        { path: `/transactions/${encodeURIComponent(id)}`, authenticated: true },
        transactionResponseSchema,
      );
      return body ? body.data : null;
    },
    async findTransactionsByReference(reference) {
      if (!reference) throw new RangeError('reference is empty');
      const query = new URLSearchParams({ reference }).toString();
      const body = await send({ path: `/transactions?${query}`, authenticated: true }, transactionListResponseSchema);
      return body ? [...body.data].sort(newestFirst) : [];
    },
    async getMerchant() {
      // Public endpoint: the public key in the path identifies the merchant (docs/payments.md#transactions-api).
      const body = await send(
        { path: `/merchants/${encodeURIComponent(options.publicKey)}`, authenticated: false },
        merchantResponseSchema,
      );
      return body ? body.data : null;
    },
  };
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // A non-JSON body fails the schema check right after, which reports it.
    return text;
  }
}
