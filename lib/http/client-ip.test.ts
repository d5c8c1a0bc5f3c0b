import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, clientIp } from './client-ip';
import { parseTrustedProxies, resolveClientIp, stampClientIp } from './trusted-proxies';

describe('resolveClientIp', () => {
  const none = parseTrustedProxies(undefined);
  it('ignores forwarded headers without trusted proxies: the socket is the client', () => {
    expect(resolveClientIp({ socketAddress: '203.0.113.9', forwardedFor: '1.2.3.4', trusted: none })).toBe(
      '203.0.113.9',
    );
    expect(resolveClientIp({ socketAddress: '::ffff:203.0.113.9', forwardedFor: undefined, trusted: none })).toBe(
      '203.0.113.9',
    );
  });

  it('takes the address N hops from the right behind N proxies', () => {
    const one = parseTrustedProxies('1');
    // The client forged "1.1.1.1"; the proxy appended the real peer 198.51.100.7.
    expect(resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: '1.1.1.1, 198.51.100.7', trusted: one })).toBe(
      '198.51.100.7',
    );
    const two = parseTrustedProxies('2');
    expect(
      resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: '1.1.1.1, 198.51.100.7, 10.0.0.1', trusted: two }),
    ).toBe('198.51.100.7');
    // A request that skipped the proxy has fewer hops: the leftmost is all there is.
    expect(resolveClientIp({ socketAddress: '198.51.100.7', forwardedFor: undefined, trusted: two })).toBe(
      '198.51.100.7',
    );
  });

  it('walks right to left past trusted CIDRs only', () => {
    const cidrs = parseTrustedProxies('10.0.0.0/8, 127.0.0.1, ::1');
    expect(
      resolveClientIp({ socketAddress: '10.1.2.3', forwardedFor: '1.1.1.1, 198.51.100.7, 10.9.9.9', trusted: cidrs }),
    ).toBe('198.51.100.7');
    // A peer outside the list is the client whatever it forwards.
    expect(resolveClientIp({ socketAddress: '198.51.100.8', forwardedFor: '1.1.1.1', trusted: cidrs })).toBe(
      '198.51.100.8',
    );
    // Garbage in the chain never becomes a bucket key.
    expect(resolveClientIp({ socketAddress: '10.1.2.3', forwardedFor: 'not-an-ip', trusted: cidrs })).toBe('10.1.2.3');
  });

  it('refuses a malformed setting instead of guessing', () => {
    expect(() => parseTrustedProxies('10.0.0.0/99')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies('')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('0')).toEqual({ kind: 'none' });
  });
});

describe('stampClientIp on a real socket', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    // What scripts/serve.ts does before Next.js sees the request, then what a route handler reads.
    server = http.createServer((req, res) => {
      stampClientIp(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      res.end(clientIp(headers));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the socket address whatever X-Forwarded-For, X-Real-IP or the stamp header say', async () => {
    for (const forged of ['1.2.3.4', '5.6.7.8, 9.9.9.9', 'unknown', '']) {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'x-forwarded-for': forged, 'x-real-ip': forged || '1.1.1.1', [CLIENT_IP_HEADER]: '8.8.8.8' },
      });
      expect(await res.text()).toBe('127.0.0.1');
    }
  });
});
