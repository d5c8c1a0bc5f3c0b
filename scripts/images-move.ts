import './lib/default-database-url';
import { createDb } from '@/db/client';
import {
  getImageStorage,
  legacyUploadsDir,
  setImageStorage,
  createPostgresStorage,
} from '@/lib/admin/images/image-storage';
import { moveLegacyUploads } from '@/lib/admin/images/move-legacy-uploads';
import { env, requireDatabaseUrl } from '@/lib/env';

/**
 * `npm run images:move [-- <uploads dir>]`: moves the uploads of one machine's public/uploads into the
 * shared image store (PostgreSQL, or S3 when S3_BUCKET is set). Run it once on each machine that has
 * such a folder; running it again moves only what is left.
 */
const db = createDb({ url: requireDatabaseUrl(), max: 1, applicationName: 'botica-images-move' });
try {
  if (!env.S3_BUCKET) setImageStorage(createPostgresStorage(() => db));
  const rootDir = process.argv[2] ?? legacyUploadsDir();
  const report = await moveLegacyUploads(db, { rootDir, storage: getImageStorage(), log: console.log });
  console.log(
    `✔ ${report.moved} moved, ${report.convertedFromSvg} SVG converted to PNG, ${report.skipped.length} skipped` +
      (report.skipped.length ? ` (${report.skipped.join(', ')})` : ''),
  );
  if (report.skipped.length) process.exitCode = 1;
} finally {
  await db.$client.end();
}
