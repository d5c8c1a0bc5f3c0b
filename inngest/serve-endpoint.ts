import { serve } from 'inngest/next';
import { isInngestDevServer } from '@/lib/jobs/jobs-mode';
import { env } from '@/lib/env';
import { inngest } from './client';
import { functions } from './functions';

type RouteHandler = (req: Request, ctx: unknown) => Promise<Response>;
type Endpoint = { GET: RouteHandler; POST: RouteHandler; PUT: RouteHandler };

/**
 * `/api/inngest`, where Inngest (Cloud, self-hosted `inngest start`, or the dev server) syncs and calls
 * the functions. The SDK verifies every call with INNGEST_SIGNING_KEY (HMAC-SHA256 of the body and a
 * timestamp, header X-Inngest-Signature) and answers 401 when it does not match; the dev server
 * (INNGEST_DEV) needs no key. Without either there is nothing to verify calls with, so the endpoint says
 * plainly that the jobs run in the embedded runner: a JSON 503, never the SDK's 500.
 */
export function createInngestEndpoint(): Endpoint {
  if (!env.INNGEST_SIGNING_KEY && !isInngestDevServer()) {
    const unavailable = async () =>
      Response.json(
        {
          error: {
            code: 'SERVICE-UNAVAILABLE',
            message:
              'Inngest is not configured here: background jobs run in the embedded runner. Set INNGEST_SIGNING_KEY (Inngest Cloud or self-hosted) or INNGEST_DEV (dev server) to serve functions at this endpoint.',
            details: { jobsRunner: 'embedded' },
          },
        },
        { status: 503 },
      );
    return { GET: unavailable, POST: unavailable, PUT: unavailable };
  }
  return serve({ client: inngest, functions }) as unknown as Endpoint;
}
