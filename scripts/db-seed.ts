/**
 * `npm run db:seed [-- --products 10000]`: demo users, default settings and, on an empty catalogue,
 * the demo catalogue (padded with synthetic products up to --products for benchmarks). Also rewrites
 * the generated SVGs under public/images so every seeded product has its picture.
 */
import './lib/default-database-url';
import { parseArgs } from 'node:util';
import { createDb } from '@/db/client';
import { writeSeedImages } from '@/db/seed/product-images';
import { seedDatabase } from '@/db/seed/seed';
import { SEED_LOGINS } from '@/db/seed/seed-users';
import { requireDatabaseUrl } from '@/lib/env';

const { values } = parseArgs({ options: { products: { type: 'string' } } });
const products = values.products === undefined ? undefined : Number(values.products);
if (products !== undefined && (!Number.isSafeInteger(products) || products < 1)) {
  console.error('✖ --products must be a positive integer, e.g. --products 10000');
  process.exit(1);
}

const db = createDb({ url: requireDatabaseUrl(), max: 2, applicationName: 'botica-seed' });
try {
  const started = performance.now();
  const images = await writeSeedImages(process.cwd());
  console.log(`▸ Images: ${images.products} products, ${images.categories} categories (public/images).`);
  const { created } = await seedDatabase(db, { products, log: (line) => console.log(`  ${line}`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    created
      ? `✔ Catalogue seeded in ${seconds} s.`
      : `✔ The database already had a catalogue; nothing to seed (${seconds} s).`,
  );
  console.log('\n  Demo accounts:');
  for (const login of SEED_LOGINS)
    console.log(`   · ${login.role.padEnd(8)} ${login.email.padEnd(24)} ${login.password}`);
} catch (error: unknown) {
  console.error(`✖ Could not seed the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$client.end();
}
