import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '@/db/client';
import { productImages } from '@/db/schema';
import { readImageInfo } from './image-header';
import type { ImageStorage } from './image-storage';
import { reencodeImage } from './reencode-image';

export type MoveReport = { moved: number; convertedFromSvg: number; skipped: string[] };

const LEGACY_NAME = /^([0-9a-f-]{36})\.(png|jpg|webp|svg)$/;

/**
 * One-time move of uploads from one machine's `public/uploads/products` into the shared image store
 * (`npm run images:move`). Raster files keep their key, so the URLs products point at do not change;
 * they are re-encoded on the way like any new upload. SVGs (accepted before uploads became raster-only)
 * are rasterised to PNG by sharp's librsvg, which runs no script, and their product_images rows are
 * pointed at the new `.png` key. Each file is deleted only after its bytes are stored and its rows
 * updated, so the command can be run again after an interruption.
 */
export async function moveLegacyUploads(
  db: Db,
  args: { rootDir: string; storage: ImageStorage; log?: (line: string) => void },
): Promise<MoveReport> {
  const report: MoveReport = { moved: 0, convertedFromSvg: 0, skipped: [] };
  const folder = path.join(args.rootDir, 'products');
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.sort()) {
    const match = LEGACY_NAME.exec(name);
    if (!match) {
      report.skipped.push(name);
      continue;
    }
    const file = path.join(folder, name);
    const bytes = new Uint8Array(await readFile(file));
    const oldUrl = `/uploads/products/${name}`;
    try {
      if (match[2] === 'svg') {
        const png = new Uint8Array(
          await sharp(bytes, { limitInputPixels: 6_000 * 6_000 })
            .png()
            .toBuffer(),
        );
        const stored = await args.storage.put({
          bytes: png,
          extension: 'png',
          contentType: 'image/png',
          key: `products/${match[1]}.png`,
        });
        await db.update(productImages).set({ url: stored.url }).where(eq(productImages.url, oldUrl));
        report.convertedFromSvg++;
      } else {
        const info = readImageInfo(bytes);
        if (!info || info === 'unsafe' || info.format === 'svg') throw new Error('not a PNG, JPEG or WebP');
        const clean = await reencodeImage(bytes, info);
        await args.storage.put({
          bytes: clean,
          extension: match[2]!,
          contentType: info.contentType,
          key: `products/${name}`,
        });
        report.moved++;
      }
      await rm(file);
      args.log?.(`moved ${oldUrl}`);
    } catch (error) {
      report.skipped.push(name);
      args.log?.(`skipped ${oldUrl}: ${(error as Error).message}`);
    }
  }
  return report;
}
