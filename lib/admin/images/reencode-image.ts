import sharp from 'sharp';
import { validationError } from '@/lib/errors';
import type { ImageInfo } from './image-header';
import { IMAGE_MAX_SIDE_PX } from './image-rules';

/**
 * Decodes an accepted raster upload and encodes it again, in its own format, with sharp (libvips, the
 * maintained standard, already a dependency of Next.js): whatever rode along in the file (metadata,
 * trailing bytes, polyglot payloads, EXIF with GPS) is gone, the EXIF orientation is applied to the
 * pixels, and a file whose header lies about its content fails here instead of in a shopper's browser.
 */
export async function reencodeImage(bytes: Uint8Array, info: ImageInfo): Promise<Uint8Array> {
  const image = sharp(bytes, { limitInputPixels: IMAGE_MAX_SIDE_PX * IMAGE_MAX_SIDE_PX, failOn: 'error' }).rotate();
  const encoded =
    info.format === 'png'
      ? image.png({ compressionLevel: 9 })
      : info.format === 'webp'
        ? image.webp({ quality: 85 })
        : image.jpeg({ quality: 85, mozjpeg: true });
  try {
    return new Uint8Array(await encoded.toBuffer());
  } catch {
    const message = 'No pudimos leer la imagen: el archivo está dañado o no es lo que dice ser.';
    throw validationError({ image: message }, message);
  }
}
