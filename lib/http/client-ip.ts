/**
 * The caller's IP for throttling. Next.js' own server sets x-forwarded-for; behind a proxy, its first
 * hop is the client. Falls back to a constant so a missing header still shares one bucket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  return first || headers.get('x-real-ip') || 'unknown';
}
