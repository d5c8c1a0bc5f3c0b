import { validationError } from '@/lib/errors';
import { readImageInfo, type ImageInfo } from './image-header';

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_MIN_SIDE_PX = 200;
export const IMAGE_MAX_SIDE_PX = 6_000;
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp';

const refuse = (message: string) => validationError({ image: message }, message);

/**
 * The upload rules (issue 7): at most 5 MB, really PNG, JPEG or WebP (read from the bytes), between 200
 * and 6000 px a side. SVG is refused whatever it contains: it is a document a browser may run, and no
 * filter of ours is worth that risk for product photos. Accepted images are then re-encoded
 * (reencode-image.ts). Each refusal is a field message.
 */
export function checkImage(bytes: Uint8Array): ImageInfo {
  if (bytes.byteLength === 0) throw refuse('Elige una imagen.');
  if (bytes.byteLength > IMAGE_MAX_BYTES)
    throw refuse(`La imagen pesa ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; el máximo es 5 MB.`);
  const info = readImageInfo(bytes);
  if (info === 'unsafe' || info?.format === 'svg')
    throw refuse('Las imágenes SVG no se admiten: expórtala como PNG, JPEG o WebP.');
  if (!info) throw refuse('Formato no admitido: usa PNG, JPEG o WebP.');
  if (info.width < IMAGE_MIN_SIDE_PX || info.height < IMAGE_MIN_SIDE_PX)
    throw refuse(
      `La imagen mide ${info.width}×${info.height} px; el mínimo es ${IMAGE_MIN_SIDE_PX}×${IMAGE_MIN_SIDE_PX} px.`,
    );
  if (info.width > IMAGE_MAX_SIDE_PX || info.height > IMAGE_MAX_SIDE_PX)
    throw refuse(`La imagen mide ${info.width}×${info.height} px; el máximo es ${IMAGE_MAX_SIDE_PX} px por lado.`);
  return info;
}
