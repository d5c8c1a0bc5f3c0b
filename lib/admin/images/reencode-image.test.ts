import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageInfo, type ImageInfo } from './image-header';
import { reencodeImage } from './reencode-image';

const photo = (format: 'png' | 'jpeg' | 'webp') =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 200, g: 120, b: 80 } } })
    .withMetadata({ exif: { IFD0: { Copyright: 'secreto GPS 4.6,-74.1' } } })
    [format]()
    .toBuffer();

describe('reencodeImage', () => {
  it.each(['png', 'jpeg', 'webp'] as const)(
    're-encodes %s in its own format, without metadata or trailing bytes',
    async (format) => {
      const original = await photo(format);
      const payload = Buffer.from('<script>alert(1)</script>');
      const polyglot = new Uint8Array(Buffer.concat([original, payload]));
      const info = readImageInfo(polyglot) as ImageInfo;
      expect(info.format).toBe(format);

      const clean = await reencodeImage(polyglot, info);

      expect(readImageInfo(clean)).toMatchObject({ format, width: 300, height: 200 });
      const text = Buffer.from(clean).toString('latin1');
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('secreto GPS');
      expect((await sharp(clean).metadata()).exif).toBeUndefined();
    },
  );

  it('refuses a file whose header says PNG but whose body is not an image', async () => {
    const fake = new Uint8Array(64);
    fake.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(fake.buffer).setUint32(16, 800);
    new DataView(fake.buffer).setUint32(20, 800);
    await expect(reencodeImage(fake, readImageInfo(fake) as ImageInfo)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { image: expect.stringContaining('dañado') } },
    });
  });
});
