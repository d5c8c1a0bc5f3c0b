import { randomUUID } from 'node:crypto';
import { logger, type Logger } from '@/lib/logger';

export type RequestContext = { requestId: string; log: Logger };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** A request id from a trusted proxy's x-request-id when well-formed, else a fresh one. */
export function createRequestContext(headers?: Headers, bindings: Record<string, unknown> = {}): RequestContext {
  const incoming = headers?.get('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  return { requestId, log: logger.child({ requestId, ...bindings }) };
}
