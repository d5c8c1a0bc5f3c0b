/**
 * Reads an image's real type and pixel size from its first bytes, without decoding it and without a
 * dependency. The declared MIME type and the file name are never trusted: a renamed file is read as
 * what its bytes are, and anything that is not PNG, JPEG, WebP or a safe SVG is refused.
 */
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'svg';
export type ImageInfo = { format: ImageFormat; width: number; height: number; contentType: string; extension: string };

const CONTENT_TYPE: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};
const EXTENSION: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp', svg: 'svg' };

const info = (format: ImageFormat, width: number, height: number): ImageInfo => ({
  format,
  width,
  height,
  contentType: CONTENT_TYPE[format],
  extension: EXTENSION[format],
});

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

function readPng(bytes: Uint8Array): ImageInfo | null {
  if (
    bytes.length < 24 ||
    !startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    ascii(bytes, 12, 4) !== 'IHDR'
  )
    return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return info('png', view.getUint32(16), view.getUint32(20));
}

// Start-of-frame markers carry the size; C4 (Huffman), C8 (reserved) and CC (arithmetic) do not.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(bytes: Uint8Array): ImageInfo | null {
  if (!startsWith(bytes, [0xff, 0xd8])) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = view.getUint16(offset + 2);
    if (SOF.has(marker)) return info('jpeg', view.getUint16(offset + 7), view.getUint16(offset + 5));
    offset += 2 + length;
  }
  return null;
}

function readWebp(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(bytes, 12, 4);
  const le16 = (o: number) => bytes[o]! | (bytes[o + 1]! << 8);
  const le24 = (o: number) => bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16);
  if (chunk === 'VP8 ' && startsWith(bytes, [0x9d, 0x01, 0x2a], 23))
    return info('webp', le16(26) & 0x3fff, le16(28) & 0x3fff);
  if (chunk === 'VP8L' && bytes[20] === 0x2f) {
    const bits = (bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24)) >>> 0;
    return info('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return info('webp', le24(24) + 1, le24(27) + 1);
  return null;
}

/**
 * SVG is text that a browser may run: anything scripted or pulling outside resources is refused
 * (scripts, event handlers, javascript: URLs, foreignObject, entities, external hrefs).
 */
const SVG_DANGER = [
  /<script/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /<foreignObject/i,
  /<!ENTITY/i,
  /<!DOCTYPE/i,
  /(?:xlink:)?href\s*=\s*["']\s*(?:https?:|\/\/|data:text)/i,
  /<iframe/i,
  /<embed/i,
  /<object/i,
];

export function readSvg(bytes: Uint8Array): ImageInfo | null | 'unsafe' {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 1_000_000)));
  const root = /<svg\b[^>]*>/i.exec(text.replace(/^\uFEFF/, ''));
  if (!root || !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/i.test(text.replace(/^\uFEFF/, ''))) return null;
  if (SVG_DANGER.some((pattern) => pattern.test(text))) return 'unsafe';
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i').exec(root[0])?.[1];
  const viewBox = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(root[0]);
  const width = Number(attr('width') ?? viewBox?.[1] ?? NaN);
  const height = Number(attr('height') ?? viewBox?.[2] ?? NaN);
  if (!(width > 0) || !(height > 0)) return null;
  return info('svg', Math.round(width), Math.round(height));
}

/** The image's format and size, `'unsafe'` for a scripted SVG, or null when it is not a supported image. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | 'unsafe' | null {
  return readPng(bytes) ?? readJpeg(bytes) ?? readWebp(bytes) ?? readSvg(bytes);
}
