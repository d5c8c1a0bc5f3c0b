/**
 * The caller's IP for throttling, which nobody but our own server may write.
 *
 * Next.js (node_modules/next/dist/server/base-server.js) only fills `x-forwarded-for` with the socket
 * address when the request has none (`??=`): whatever a client sends is kept, so reading that header
 * lets anyone reset every per-IP limit. Instead the production server (scripts/serve.ts) sees the
 * socket, works out the client with `TRUSTED_PROXIES` (lib/http/trusted-proxies.ts), and stamps it in
 * CLIENT_IP_HEADER after deleting any copy the client sent. Route handlers and server actions read
 * only that stamp. No node: imports here: this module is reachable from client bundles' graphs.
 */
export const CLIENT_IP_HEADER = 'x-botica-client-ip';

export const CLIENT_IP_STAMPED = Symbol.for('botica.clientIpStamped');
export type StampFlag = { [CLIENT_IP_STAMPED]?: boolean };

/**
 * The caller's IP inside the app. Under the production server only its stamp counts. Without it
 * (`next dev`, unit tests) the rightmost `x-forwarded-for` hop, which Next.js sets to the socket
 * address when the client sent none: fine for development, never for production, which always runs
 * scripts/serve.ts.
 */
export function clientIp(headers: Headers): string {
  if ((globalThis as StampFlag)[CLIENT_IP_STAMPED]) return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || 'unknown';
}
