import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';

export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; list: BlockList };
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function resolveClientIp(args: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string;
export function stampClientIp(req: IncomingMessage): void;
