import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Wompi Colombia's two hashes (docs/payments.md#integrity-signature and #event-checksum). Both are plain SHA-256 over a
 * concatenation, not HMAC; the secrets only ever live on the server.
 */

export type IntegritySignatureInput = {
  reference: string;
  amountInCents: number;
  currency: string;
  /** The exact string sent as `expiration-time`; when sent it must be inside the hash. */
  expirationTime?: string;
  integritySecret: string;
};

/** The parts of a webhook event the checksum depends on. */
export type ChecksumEventInput = {
  data: unknown;
  signature: { properties: readonly string[] };
  timestamp: number | string;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function sha256Hex(input: string): string {
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

function assertAmountInCents(amountInCents: number): void {
  // A float here means someone did `pesos * 100` on a float; sign nothing rather than a wrong amount.
  if (!Number.isSafeInteger(amountInCents) || amountInCents <= 0) {
    throw new RangeError(`amountInCents must be a positive safe integer, got ${String(amountInCents)}`);
  }
}

/** `SHA256_hex(reference + amount_in_cents + currency [+ expiration_time] + integrity_secret)`. */
export function integritySignature(input: IntegritySignatureInput): string {
  assertAmountInCents(input.amountInCents);
  // An empty secret or reference still hashes fine, which would hide a configuration mistake.
  if (!input.integritySecret) throw new Error('integritySecret is empty');
  if (!input.reference) throw new Error('reference is empty');
  if (!input.currency) throw new Error('currency is empty');
  return sha256Hex(
    input.reference +
      String(input.amountInCents) +
      input.currency +
      (input.expirationTime ?? '') +
      input.integritySecret,
  );
}

function readPath(data: unknown, path: string): string {
  let current: unknown = data;
  for (const key of path.split('.')) {
    // Own properties only, so a crafted path such as `__proto__` cannot reach Object.prototype.
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      throw new Error(`signature property "${path}" is missing from data`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current === 'string') return current;
  if (typeof current === 'number' && Number.isFinite(current)) return String(current);
  if (typeof current === 'boolean') return String(current);
  // null/objects have no agreed string form; refusing keeps a sloppy payload from verifying by accident.
  throw new Error(`signature property "${path}" is not a scalar`);
}

function timestampString(timestamp: unknown): string {
  if (typeof timestamp === 'number' && Number.isSafeInteger(timestamp) && timestamp >= 0) return String(timestamp);
  if (typeof timestamp === 'string' && /^\d+$/.test(timestamp)) return timestamp;
  throw new Error('event timestamp must be integer UNIX seconds');
}

/**
 * The checksum Wompi puts in `signature.checksum` and `X-Event-Checksum`: the values at
 * `signature.properties` (read inside `data`, in array order), then the top-level `timestamp`,
 * then the events secret. The property list is read from the event because Wompi may change it.
 * Throws on malformed input; use verifyEventChecksum for untrusted bodies.
 */
export function eventChecksum(event: ChecksumEventInput, eventsSecret: string): string {
  if (!eventsSecret) throw new Error('eventsSecret is empty');
  const properties: unknown = event.signature.properties;
  if (!Array.isArray(properties) || properties.length === 0) {
    throw new Error('signature.properties must be a non-empty array');
  }
  const values = properties.map((path: unknown) => {
    if (typeof path !== 'string' || path === '') throw new Error('signature property must be a string');
    return readPath(event.data, path);
  });
  return sha256Hex(values.join('') + timestampString(event.timestamp) + eventsSecret);
}

function isChecksumEventInput(event: unknown): event is ChecksumEventInput {
  if (typeof event !== 'object' || event === null) return false;
  const candidate = event as { signature?: unknown };
  return typeof candidate.signature === 'object' && candidate.signature !== null;
}

/** Constant-time, case-insensitive hex comparison; false for anything that is not 64 hex digits. */
export function checksumsMatch(expected: string, received: unknown): boolean {
  if (typeof received !== 'string') return false;
  const a = expected.toLowerCase();
  const b = received.trim().toLowerCase();
  if (!SHA256_HEX.test(a) || !SHA256_HEX.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * True only when the event's checksum matches. `receivedChecksum` lets a caller check the
 * `X-Event-Checksum` header instead of `signature.checksum` (Wompi sends the same value in both).
 * Never throws: an untrusted body with missing fields simply does not verify.
 */
export function verifyEventChecksum(event: unknown, eventsSecret: string, receivedChecksum?: string): boolean {
  try {
    if (!isChecksumEventInput(event)) return false;
    const received = receivedChecksum ?? (event.signature as { checksum?: unknown }).checksum;
    return checksumsMatch(eventChecksum(event, eventsSecret), received);
  } catch {
    // Every failure here means "not signed by Wompi"; the caller answers 4xx and logs.
    return false;
  }
}
