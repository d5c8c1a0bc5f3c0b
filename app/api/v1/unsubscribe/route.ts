import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { notFound } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { readUnsubscribeToken, unsubscribe } from '@/lib/notifications/preferences';

/** A click on the email's link: the confirmation page (a GET never unsubscribes: link scanners follow links). */
export const GET = apiRoute(async ({ req }) => {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  return NextResponse.redirect(new URL(`/desuscribir?token=${encodeURIComponent(token)}`, req.nextUrl.origin), 303);
});

/** RFC 8058 one-click (mail clients POST `List-Unsubscribe=One-Click`) and the confirmation page's button. */
export const POST = apiRoute(async ({ req }) => {
  const parsed = readUnsubscribeToken(req.nextUrl.searchParams.get('token') ?? '');
  if (!parsed) throw notFound('Este enlace para darte de baja no es válido.');
  await unsubscribe(getDb(), parsed);
  const accepts = req.headers.get('accept') ?? '';
  if (accepts.includes('text/html'))
    return NextResponse.redirect(new URL(`/desuscribir?listo=${parsed.category}`, req.nextUrl.origin), 303);
  return Response.json({ unsubscribed: parsed.category });
});
