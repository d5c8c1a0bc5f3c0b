import { describe, expect, it } from 'vitest';
import { imageDataUrl } from './og-image-source';

describe('imageDataUrl', () => {
  it('embeds a catalogue picture from public/', async () => {
    const url = await imageDataUrl('/images/products/aceite-de-almendras-dulces.svg');
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('gives null for anything outside public/, unknown types, bad escapes and missing files', async () => {
    for (const bad of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/images/x.exe',
      '/%E0%A4%A.png',
      '/no/such.png',
      null,
    ])
      expect(await imageDataUrl(bad)).toBeNull();
  });
});
