import { NextResponse, type NextRequest } from 'next/server';
import { renamedPath } from '@/lib/seo/slug-redirects';

/*
 * Old product and category URLs (slug history, docs/seo.md) answer 301 to the current URL, keeping the
 * query. A lookup in a cached in-memory map (lib/seo/slug-redirects.ts), so the cost on the hot
 * catalogue paths is a map read; a slug is never both live and historical (the history triggers).
 */
export async function proxy(request: NextRequest) {
  const [, section, slug] = request.nextUrl.pathname.split('/');
  if (!slug) return NextResponse.next();
  let path: string | null = null;
  try {
    path = await renamedPath(section === 'productos' ? 'product' : 'category', slug);
  } catch {
    // The page itself answers (and logs) a database outage; a redirect lookup must not turn it into a 500 here.
  }
  if (!path) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = path;
  return NextResponse.redirect(target, 301);
}

export const config = {
  matcher: ['/productos/:slug', '/categorias/:slug'],
};
