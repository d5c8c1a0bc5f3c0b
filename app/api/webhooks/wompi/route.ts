import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { toErrorResponse } from '@/lib/http/api-route';
import { decodeUtf8, MAX_JSON_BYTES, readBodyBytes } from '@/lib/http/read-body';
import { createRequestContext } from '@/lib/http/request-context';
import { handleWompiWebhook } from '@/lib/payments/handle-wompi-webhook';

/**
 * Wompi's events. 200 for every authentic event handled or ignored; 401 for a bad checksum (nothing
 * written); 413 past 64 KiB, counted while the body streams; 503 when the confirmation call or the
 * database fails, so Wompi delivers it again. Not wrapped in apiRoute: Wompi posts cross-origin by
 * nature and needs the raw body.
 */
export async function POST(req: NextRequest): Promise<Response> {
  const ctx = createRequestContext(req.headers, { route: 'webhook.wompi' });
  try {
    const rawBody = decodeUtf8(await readBodyBytes(req, MAX_JSON_BYTES));
    const result = await handleWompiWebhook(getDb(), {
      rawBody,
      checksumHeader: req.headers.get('x-event-checksum'),
      log: ctx.log,
    });
    return Response.json({ ok: true, ...result }, { headers: { 'x-request-id': ctx.requestId } });
  } catch (error) {
    return toErrorResponse(error, ctx);
  }
}
