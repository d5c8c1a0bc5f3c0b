import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { mayOpenAdminPage } from '@/lib/admin/shared/admin-page-gate';
import { logger, errorFields } from '@/lib/logger';

/*
 * Admin pages answer a visitor who may not open them (signed out, a shopper, staff outside their areas)
 * with a real 404 status, decided before rendering: under Cache Components the page's own check runs
 * after the root layout's shell has been sent with status 200 (lib/admin/shared/admin-page-gate.ts).
 * Only page loads (GET/HEAD): server actions posted to an admin page answer their own 401/403 form
 * state. The pages keep their checks; nothing relies on this one. The catalogue's hot paths do not
 * come through here at all (old slugs are redirected by the pages' 404 path: docs/seo.md).
 */
export async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  let allowed: boolean;
  try {
    allowed = await mayOpenAdminPage(getDb(), request.cookies, request.nextUrl.pathname);
  } catch (error) {
    // Database unreachable: the page itself decides (and answers the outage).
    logger.warn({ ...errorFields(error) }, 'admin.gate_failed');
    return NextResponse.next();
  }
  if (allowed) return NextResponse.next();
  // A path no route answers: Next.js renders app/not-found.tsx with a 404 status.
  return NextResponse.rewrite(new URL('/_no-encontrado', request.url));
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
};
