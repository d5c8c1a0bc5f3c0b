import { describe, expect, it } from 'vitest';
import { readImageInfo } from './image-header';
import { checkImage, IMAGE_MAX_BYTES } from './image-rules';

/** The first bytes of real files of each format, built by hand with the given size. */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive) with the size.
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0)];
  const sof = [
    0xff,
    0xc2,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    ...new Array(9).fill(0),
  ];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof]);
}

function webpVp8x(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30);
  bytes.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  );
  bytes.set(
    [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
    8,
  );
  const w = width - 1;
  const h = height - 1;
  bytes.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 24);
  return bytes;
}

function webpLossless(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30);
  bytes.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  );
  bytes.set(
    [...'WEBPVP8L'].map((c) => c.charCodeAt(0)),
    8,
  );
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  bytes.set([0x2f, bits & 0xff, (bits >>> 8) & 0xff, (bits >>> 16) & 0xff, (bits >>> 24) & 0xff], 20);
  return bytes;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('readImageInfo', () => {
  it.each([
    ['PNG', png(800, 600), { format: 'png', width: 800, height: 600, extension: 'png' }],
    ['JPEG', jpeg(1024, 768), { format: 'jpeg', width: 1024, height: 768, extension: 'jpg' }],
    ['WebP (VP8X)', webpVp8x(1200, 900), { format: 'webp', width: 1200, height: 900 }],
    ['WebP (lossless)', webpLossless(300, 250), { format: 'webp', width: 300, height: 250 }],
    [
      'SVG with viewBox',
      text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="10" height="10"/></svg>',
      ),
      { format: 'svg', width: 400, height: 300 },
    ],
    [
      'SVG with width and height',
      text('<svg width="640px" height="480" xmlns="http://www.w3.org/2000/svg"></svg>'),
      { format: 'svg', width: 640, height: 480, contentType: 'image/svg+xml' },
    ],
  ])('reads %s from its bytes', (_name, bytes, expected) => {
    expect(readImageInfo(bytes)).toMatchObject(expected);
  });

  it.each([
    ['a script', '<svg viewBox="0 0 10 10"><script>alert(1)</script></svg>'],
    ['an event handler', '<svg viewBox="0 0 10 10" onload="alert(1)"></svg>'],
    ['an external image', '<svg viewBox="0 0 10 10"><image href="https://evil.test/x.png"/></svg>'],
    ['a javascript: link', '<svg viewBox="0 0 10 10"><a href="javascript:alert(1)">x</a></svg>'],
  ])('calls an SVG with %s unsafe', (_name, svg) => {
    expect(readImageInfo(text(svg))).toBe('unsafe');
  });

  it('does not recognise other files', () => {
    expect(readImageInfo(text('GIF89a……'))).toBeNull();
    expect(readImageInfo(text('%PDF-1.7'))).toBeNull();
    expect(readImageInfo(text('<html><svg viewBox="0 0 1 1"></svg></html>'))).toBeNull();
  });
});

describe('checkImage', () => {
  it('accepts a good image and refuses oversized, tiny, huge, unknown and scripted files with a field message', () => {
    expect(checkImage(png(800, 800))).toMatchObject({ format: 'png' });
    const tooBig = new Uint8Array(IMAGE_MAX_BYTES + 1);
    tooBig.set(png(800, 800));
    expect(() => checkImage(tooBig)).toThrow(
      expect.objectContaining({ details: { fields: { image: expect.stringContaining('5 MB') } } }),
    );
    expect(() => checkImage(png(100, 800))).toThrow(
      expect.objectContaining({ details: { fields: { image: expect.stringContaining('mínimo') } } }),
    );
    expect(() => checkImage(jpeg(7000, 800))).toThrow(
      expect.objectContaining({ details: { fields: { image: expect.stringContaining('máximo') } } }),
    );
    expect(() => checkImage(text('GIF89a'))).toThrow(
      expect.objectContaining({ details: { fields: { image: expect.stringContaining('PNG, JPEG o WebP') } } }),
    );
    expect(() => checkImage(new Uint8Array())).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('SVG uploads (issue 14, item 6): refused whatever they contain', () => {
  it.each([
    [
      'a clean drawing',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="9" height="9"/></svg>',
    ],
    [
      'a namespaced script',
      '<s:svg xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><s:script>alert(1)</s:script></s:svg>',
    ],
    [
      'a namespaced script inside a plain svg',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><s:script>alert(1)</s:script></svg>',
    ],
    [
      'foreignObject',
      '<svg viewBox="0 0 400 400"><foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src=x onerror=alert(1)></body></foreignObject></svg>',
    ],
    ['xlink:href javascript:', '<svg viewBox="0 0 400 400"><a xlink:href="javascript:alert(1)"><rect/></a></svg>'],
    [
      'an entity trick',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg viewBox="0 0 400 400">&x;</svg>',
    ],
    ['a UTF-8 BOM in front', '\uFEFF<svg viewBox="0 0 400 400" onload="alert(1)"></svg>'],
  ])('refuses an SVG with %s', (_name, svg) => {
    // Refused as SVG, or (when the root is not a plain <svg>) as an unknown format: never stored.
    expect(() => checkImage(text(svg))).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        details: { fields: { image: expect.stringMatching(/SVG no se admiten|usa PNG, JPEG o WebP/) } },
      }),
    );
  });
});
