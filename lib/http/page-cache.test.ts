import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

type Render = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function serve(cache: PageCache, render: Render) {
  let renders = 0;
  const server = http.createServer((req, res) =>
    cache.handle(req, res, () => {
      renders++;
      void render(req, res);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { headers });
    return {
      status: res.status,
      cache: res.headers.get('x-page-cache'),
      body: await res.text(),
      type: res.headers.get('content-type'),
    };
  };
  return { get, renders: () => renders };
}

const html: Render = (req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.write('<html><body>');
  res.end(`${req.url}</body></html>`);
};

const options = (now = () => Date.now(), limits: { maxEntries?: number; maxBytes?: number } = {}) => ({
  ttlMs: 5_000,
  maxEntries: limits.maxEntries ?? 10,
  maxBytes: limits.maxBytes ?? 1_000_000,
  paths: /^\/(?:productos(?:\/[^/]+)?)?$/,
  harmlessCookies: ['authjs.csrf-token'],
  now,
});

/** A cache whose invalidation listener is connected, as serve.ts's is once the catalogue cache listens. */
function listening(cache: PageCache): PageCache {
  cache.setListening(true);
  return cache;
}

describe('PageCache', () => {
  it('renders an anonymous catalogue page once and replays the same HTML', async () => {
    const app = await serve(listening(new PageCache(options())), html);
    const first = await app.get('/productos?q=aceite');
    const second = await app.get('/productos?q=aceite');
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    expect(second).toMatchObject({ status: 200, cache: 'HIT', body: first.body, type: 'text/html; charset=utf-8' });
    expect(app.renders()).toBe(1);
    await app.get('/productos?q=crema');
    expect(app.renders()).toBe(2);
  });

  it('never serves or stores a request with any cookie but harmless ones, an RSC request, or another page', async () => {
    const app = await serve(listening(new PageCache(options())), html);
    await app.get('/productos');
    const personal: Array<Record<string, string>> = [
      { cookie: 'authjs.session-token=abc' },
      { cookie: 'authjs.csrf-token=x; botica_cart=tok' },
      { cookie: 'authjs.session-token.0=part' },
      { cookie: 'botica_cart_notice=%5B%5D' },
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
    ];
    for (const headers of personal) {
      const res = await app.get('/productos', headers);
      expect(res.cache).toBeNull();
    }
    expect((await app.get('/productos?_rsc=abc')).cache).toBeNull();
    expect((await app.get('/cuenta')).cache).toBeNull();
    expect(app.renders()).toBe(9);
    // Harmless cookies do not personalise the page.
    expect((await app.get('/productos', { cookie: 'authjs.csrf-token=x' })).cache).toBe('HIT');
  });

  it('does not keep errors, non-HTML answers or answers that set a cookie', async () => {
    const cache = listening(new PageCache(options()));
    const app = await serve(cache, (req, res) => {
      if (req.url === '/productos/404') res.writeHead(404, { 'content-type': 'text/html' }).end('no');
      else if (req.url === '/productos/json') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'a=b' }).end('<p>');
    });
    for (const path of ['/productos/404', '/productos/json', '/productos/cookie']) {
      await app.get(path);
      expect((await app.get(path)).cache).toBe('MISS');
    }
    expect(cache.size).toBe(0);
  });

  it('expires entries after the TTL and forgets everything on invalidation, including renders under way', async () => {
    let now = 1_000_000;
    const cache = listening(new PageCache(options(() => now)));
    let release: () => void = () => {};
    let slow = false;
    const app = await serve(cache, async (req, res) => {
      if (slow) await new Promise<void>((r) => (release = r));
      html(req, res);
    });
    await app.get('/productos');
    now += 5_001;
    expect((await app.get('/productos')).cache).toBe('MISS');
    expect((await app.get('/productos')).cache).toBe('HIT');
    cache.invalidate();
    slow = true;
    const pending = app.get('/productos');
    await new Promise((r) => setTimeout(r, 50));
    cache.invalidate(); // a catalogue change while that render reads the database
    release();
    expect((await pending).cache).toBe('MISS');
    slow = false;
    expect((await app.get('/productos')).cache).toBe('MISS');
    expect((await app.get('/productos')).cache).toBe('HIT');
  });

  it('keys by the exact Accept-Encoding and by bot or browser', async () => {
    const app = await serve(listening(new PageCache(options())), html);
    await app.get('/productos', { 'accept-encoding': 'deflate' });
    expect((await app.get('/productos', { 'accept-encoding': '*' })).cache).toBe('MISS');
    expect((await app.get('/productos', { 'accept-encoding': 'deflate' })).cache).toBe('HIT');
    expect((await app.get('/productos', { 'accept-encoding': 'deflate', 'user-agent': 'Googlebot/2.1' })).cache).toBe(
      'MISS',
    );
  });

  it('stores nothing until the invalidation listener is connected, and stays within its byte budget', async () => {
    const cache = new PageCache(options(Date.now, { maxBytes: 150 }));
    const app = await serve(cache, html);
    await app.get('/productos/a');
    expect((await app.get('/productos/a')).cache).toBe('MISS');
    cache.setListening(true);
    for (const page of ['a', 'b', 'c', 'd', 'e', 'f']) await app.get(`/productos/${page}`); // 38 bytes each
    expect(cache.size).toBe(3);
    expect((await app.get('/productos/f')).cache).toBe('HIT');
    expect((await app.get('/productos/a')).cache).toBe('MISS');
    cache.setListening(false);
    expect(cache.size).toBe(0);
  });
});
