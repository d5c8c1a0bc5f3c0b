import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/api-route';
import { createRequestContext } from '@/lib/http/request-context';
import { errorFields } from '@/lib/logger';
import { handleWompiWebhook } from '@/lib/payments/handle-wompi-webhook';

const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * Wompi's events. 200 for every authentic event handled or ignored; 401 for a bad checksum (nothing
 * written); 503/500 when the confirmation call or the database fails, so Wompi delivers it again.
 * Not wrapped in apiRoute: Wompi posts cross-origin by nature and needs the raw body.
 */
export async function POST(req: NextRequest): Promise<Response> {
  const ctx = createRequestContext(req.headers, { route: 'webhook.wompi' });
  try {
    const rawBody = await req.text();
    if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES)
      throw new AppError({ code: 'PAYLOAD-TOO-LARGE', status: 413, message: 'Evento demasiado grande.' });
    const result = await handleWompiWebhook(getDb(), {
      rawBody,
      checksumHeader: req.headers.get('x-event-checksum'),
      log: ctx.log,
    });
    return Response.json({ ok: true, ...result }, { headers: { 'x-request-id': ctx.requestId } });
  } catch (error) {
    if (isAppError(error)) return errorResponse(error, ctx.requestId);
    ctx.log.error(errorFields(error), 'webhook.failed');
    return errorResponse(
      new AppError({
        code: 'INTERNAL',
        status: 500,
        message: 'Error procesando el evento.',
        details: { requestId: ctx.requestId },
      }),
      ctx.requestId,
    );
  }
}
