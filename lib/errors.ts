/**
 * The one error type of the app. Services throw it; route handlers map it to the docs/api.md envelope
 * `{ error: { code, message, details } }`, server actions to a typed state. `message` is Spanish and
 * fit to show a shopper. Anything that is not an AppError is a bug: logged with the request id and
 * answered 500 INTERNAL without details.
 */
export type AppErrorCode =
  | 'VALIDATION'
  | 'AUTH-REQUIRED'
  | 'EMAIL-TAKEN'
  | 'FORBIDDEN'
  | 'NOT-FOUND'
  | 'RATE-LIMITED'
  | 'INTERNAL'
  | 'PAYLOAD-TOO-LARGE'
  | 'IDEMPOTENCY-KEY-REQUIRED'
  | 'IDEMPOTENCY-KEY-REUSED'
  | 'IDEMPOTENCY-IN-FLIGHT'
  | 'MKT-STOCK-CART'
  | 'MKT-STOCK'
  | 'MKT-STOCK-EXPIRED'
  | 'MKT-PRODUCT-INACTIVE'
  | 'MKT-CART-EMPTY'
  | 'MKT-CART-LIMIT'
  | 'MKT-QUANTITY-LIMIT'
  | 'MKT-MIN-QUANTITY'
  | 'MKT-MAX-QUANTITY'
  | 'MKT-PRICE-CHANGED'
  | 'MKT-ADDRESS-INVALID'
  | 'MKT-VOUCHER-INVALID'
  | 'MKT-VOUCHER-EXPIRED'
  | 'MKT-VOUCHER-EXHAUSTED'
  | 'MKT-VOUCHER-MIN-AMOUNT'
  | 'MKT-STATE'
  | 'MKT-RETURN-WINDOW'
  | 'MKT-RETURN-QUANTITY'
  | 'MKT-SKU-DUPLICATE'
  | 'MKT-PAYMENT-UNAVAILABLE'
  | 'MKT-AMOUNT-MISMATCH'
  | 'MKT-CREDIT-INSUFFICIENT'
  | 'MKT-TERMS-REQUIRED'
  | 'MKT-CATEGORY-IN-USE'
  | 'REVIEW-EXISTS'
  | 'SERVICE-UNAVAILABLE'
  | 'MKT-BUSY'
  | 'METHOD-NOT-ALLOWED'
  | 'UNSUPPORTED-MEDIA-TYPE'
  | 'WEBHOOK-SIGNATURE-INVALID';

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(args: { code: AppErrorCode; status: number; message: string; details?: ErrorDetails; cause?: unknown }) {
    super(args.message, { cause: args.cause });
    this.name = 'AppError';
    this.code = args.code;
    this.status = args.status;
    this.details = args.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Field messages in `details.fields`, as docs/api.md asks for 400 VALIDATION. */
export function validationError(fields: Record<string, string>, message = 'Revisa los datos marcados.'): AppError {
  return new AppError({ code: 'VALIDATION', status: 400, message, details: { fields } });
}

export const notFound = (message = 'No encontramos lo que buscas.') =>
  new AppError({ code: 'NOT-FOUND', status: 404, message });

export const authRequired = () =>
  new AppError({ code: 'AUTH-REQUIRED', status: 401, message: 'Inicia sesión para continuar.' });

export const forbidden = () =>
  new AppError({ code: 'FORBIDDEN', status: 403, message: 'No tienes permiso para hacer esto.' });

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError({
    code: 'RATE-LIMITED',
    status: 429,
    message: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
    details: { retryAfterSeconds },
  });
