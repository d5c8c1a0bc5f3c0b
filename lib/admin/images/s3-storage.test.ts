import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage } from './image-storage';

/** A stand-in for an S3-compatible endpoint: keeps objects in memory and records each request. */
const objects = new Map<string, { body: Buffer; headers: http.IncomingHttpHeaders }>();
const seen: Array<{ method: string; url: string; authorization: string }> = [];
let server: http.Server;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, authorization: String(req.headers.authorization ?? '') });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = req.url!;
      if (req.method === 'PUT') {
        objects.set(key, { body: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(200).end();
      } else if (req.method === 'GET') {
        const o = objects.get(key);
        if (!o) return res.writeHead(404).end();
        res
          .writeHead(200, {
            'content-type': o.headers['content-type']!,
            'x-amz-meta-sha256': o.headers['x-amz-meta-sha256']!,
          })
          .end(o.body);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('S3 image storage (S3_BUCKET set)', () => {
  it('puts, gets and removes objects with SigV4-signed, path-style requests', async () => {
    const storage = createS3Storage({
      bucket: 'botica-images',
      region: 'auto',
      endpoint,
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret-example',
    });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const stored = await storage.put({ bytes, extension: 'png', contentType: 'image/png' });
    expect(stored.url).toMatch(/^\/uploads\/products\/[0-9a-f-]{36}\.png$/);
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', url: `/botica-images/${stored.key}` });
    expect(seen.at(-1)!.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/auto\/s3\/aws4_request/,
    );

    const blob = await storage.get(stored.key);
    expect(blob).toMatchObject({ contentType: 'image/png', etag: expect.stringMatching(/^"[0-9a-f]{64}"$/) });
    expect([...blob!.bytes]).toEqual([1, 2, 3, 4]);

    await storage.remove(stored.url);
    expect(await storage.get(stored.key)).toBeNull();
    expect(await storage.get('../../etc/passwd')).toBeNull();
  });
});
