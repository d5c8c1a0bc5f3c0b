import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { CLIENT_IP_HEADER, CLIENT_IP_STAMPED, type StampFlag } from './client-ip';

/**
 * Who may say the client's address (TRUSTED_PROXIES), for the production server only
 * (scripts/serve.ts); the app reads the result with clientIp() (lib/http/client-ip.ts).
 *
 *   unset / "" / "0"   no proxy: forwarded headers are ignored, the socket address is the client
 *   "2"                exactly that many proxies in front: the address that many hops from the right
 *   "10.0.0.0/8,::1"   the proxies' addresses: walk right to left past trusted addresses
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; list: BlockList };

function normalize(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  // IPv4-mapped IPv6 (::ffff:1.2.3.4) is how dual-stack sockets report IPv4 clients.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** Throws on a malformed setting: a typo must not silently trust everyone or no one. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'none') return { kind: 'none' };
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const list = new BlockList();
  for (const part of text.split(',').map((p) => p.trim())) {
    if (!part) continue;
    const [address, prefix] = part.split('/');
    const ip = normalize(address ?? '');
    const family = isIP(ip);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${part}" is neither a hop count nor an IP or CIDR`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(ip, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
        throw new Error(`TRUSTED_PROXIES: bad prefix in "${part}"`);
      list.addSubnet(ip, bits, type);
    }
  }
  return { kind: 'cidrs', list };
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The client address from the socket and the forwarded chain, trusting only what the setting says. */
export function resolveClientIp(args: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string {
  const socket = normalize(args.socketAddress ?? '') || 'unknown';
  if (args.trusted.kind === 'none') return socket;
  const raw = Array.isArray(args.forwardedFor) ? args.forwardedFor.join(',') : (args.forwardedFor ?? '');
  const forwarded = raw
    .split(',')
    .map(normalize)
    .filter((hop) => hop.length > 0);
  // Right to left: the socket peer, then each hop the proxies appended.
  const chain = [...forwarded, socket];
  if (args.trusted.kind === 'hops') {
    const index = chain.length - 1 - args.trusted.hops;
    // Fewer hops than configured: the request skipped a proxy; the leftmost is the best we have.
    const candidate = chain[Math.max(0, index)]!;
    return isIP(candidate) ? candidate : socket;
  }
  let index = chain.length - 1;
  while (index > 0 && isTrusted(args.trusted.list, chain[index]!)) index--;
  const candidate = chain[index]!;
  return isIP(candidate) ? candidate : (chain[index + 1] ?? socket);
}

let configured: TrustedProxies | undefined;

/**
 * Called by the production server for every request before Next.js sees it: replaces any
 * CLIENT_IP_HEADER the client sent with the address resolved from the socket.
 */
export function stampClientIp(req: IncomingMessage): void {
  configured ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  (globalThis as StampFlag)[CLIENT_IP_STAMPED] = true;
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trusted: configured,
  });
}
