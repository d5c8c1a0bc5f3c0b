import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1_000_000;

/** A failure the router turns into Wompi's error envelope `{ error: { type, reason | messages } }`. */
export class HttpError extends Error {
  readonly status: number;
  readonly type: string;
  readonly messages: Record<string, string[]> | undefined;
  constructor(args: { status: number; type: string; reason: string; messages?: Record<string, string[]> }) {
    super(args.reason);
    this.name = 'HttpError';
    this.status = args.status;
    this.type = args.type;
    this.messages = args.messages;
  }
}

export const notFoundError = () =>
  new HttpError({ status: 404, type: 'NOT_FOUND_ERROR', reason: 'La entidad solicitada no existe' });

export const invalidTokenError = () =>
  new HttpError({
    status: 401,
    type: 'INVALID_ACCESS_TOKEN',
    reason: 'La llave proporcionada no corresponde a este ambiente.',
  });

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // The client may have given up (timeout tests); writing then would only raise noise.
  if (res.destroyed || res.writableEnded) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const detail = error.messages ? { messages: error.messages } : { reason: error.message };
  sendJson(res, error.status, { error: { type: error.type, ...detail } });
}

export function redirect(res: ServerResponse, location: string): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(303, { Location: location, 'Content-Length': 0 });
  res.end();
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError({ status: 413, type: 'INPUT_VALIDATION_ERROR', reason: 'Cuerpo demasiado grande' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError({ status: 400, type: 'INPUT_VALIDATION_ERROR', reason: 'El cuerpo no es JSON válido' });
  }
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
