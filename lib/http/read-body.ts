import { AppError, validationError } from '@/lib/errors';
import { findUnsafeValue, UNSAFE_TEXT_MESSAGE } from '@/lib/validation/primitives';

export const MAX_JSON_BYTES = 64 * 1024;

export const payloadTooLarge = (limitBytes: number) =>
  new AppError({
    code: 'PAYLOAD-TOO-LARGE',
    status: 413,
    message: 'La solicitud es demasiado grande.',
    details: { limitBytes },
  });

/**
 * Reads a request body as bytes, refusing it with 413 as soon as it passes `limitBytes`: a declared
 * Content-Length over the limit is refused before reading, and a chunked body without one is counted
 * while it streams, so an oversize body is never held in memory whole (issue #14 item 4).
 */
export async function readBodyBytes(req: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limitBytes) throw payloadTooLarge(limitBytes);
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Strict UTF-8: invalid byte sequences are a 400, never replaced silently with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw validationError({ _: 'El cuerpo no es UTF-8 válido.' }, 'El cuerpo no es JSON válido.');
  }
}

const unsupportedMediaType = () =>
  new AppError({
    code: 'UNSUPPORTED-MEDIA-TYPE',
    status: 415,
    message: 'Envía el cuerpo como JSON (Content-Type: application/json).',
    details: { fields: { 'Content-Type': 'Usa application/json; charset=utf-8.' } },
  });

/** `application/json`, optionally `; charset=utf-8` (any case); anything else (text/plain, none, utf-16) is 415. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => {
    const [name, raw] = param.split('=').map((part) => part.trim());
    if (name !== 'charset') return true;
    return raw?.replace(/^"|"$/g, '') === 'utf-8';
  });
}

/**
 * The JSON body of an API door: at most `limitBytes`, `application/json` in UTF-8, valid JSON, no
 * deeper than the nesting guard and without text PostgreSQL cannot store, all checked before any
 * service, schema, hash or canonicalisation sees it (lib/idempotency hashes the parsed body).
 * The body must be a JSON object. An empty body reads as `{}` (a bodiless POST such as cancel) unless
 * `requireFields` (PATCH), which asks for at least one field.
 */
export async function readJsonBody(
  req: Request,
  options: { limitBytes?: number; requireFields?: boolean } = {},
): Promise<unknown> {
  const bytes = await readBodyBytes(req, options.limitBytes ?? MAX_JSON_BYTES);
  const text = bytes.byteLength === 0 ? '' : decodeUtf8(bytes);
  if (text.trim() === '') {
    if (options.requireFields) throw validationError({ _: 'Envía al menos un campo para cambiar.' });
    return {};
  }
  if (!isJsonContentType(req.headers.get('content-type'))) throw unsupportedMediaType();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw validationError({ _: 'JSON inválido.' }, 'El cuerpo no es JSON válido.');
  }
  const unsafe = findUnsafeValue(parsed);
  if (unsafe) {
    throw validationError({
      [unsafe.path]: unsafe.kind === 'text' ? UNSAFE_TEXT_MESSAGE : 'Datos anidados demasiado profundos.',
    });
  }
  // Every JSON door of api.md takes an object: `null`, arrays and bare values are refused here once.
  const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
  if (!isObject) throw validationError({ _: 'Envía un objeto JSON.' });
  if (options.requireFields && Object.keys(parsed as object).length === 0)
    throw validationError({ _: 'Envía al menos un campo para cambiar.' });
  return parsed;
}
