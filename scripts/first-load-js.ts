/**
 * `npx tsx scripts/first-load-js.ts <base-url> [path…]`: how much JavaScript each page makes the browser
 * download before it is interactive — the `<script src>` chunks of its HTML, raw and gzip-compressed
 * (read from the build in `.next/static`, or `NEXT_DIST_DIR`). Deterministic, unlike Lighthouse's
 * timings on a shared machine, so it is the figure to compare before and after a bundle change
 * (docs/benchmarks.md). Chunks loaded later (next/dynamic) are not counted: that is the point.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DEFAULT_PATHS = [
  '/',
  '/productos',
  '/categorias/aceites-esenciales-y-de-masaje',
  '/productos/aceite-de-almendras-dulces',
];

async function main(): Promise<void> {
  const [base, ...args] = process.argv.slice(2);
  if (!base) throw new Error('usage: tsx scripts/first-load-js.ts <base-url> [path…]');
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const pagePath of args.length > 0 ? args : DEFAULT_PATHS) {
    const html = await (await fetch(new URL(pagePath, base))).text();
    // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
    const srcs = [...new Set(tags.flatMap((tag) => /\ssrc="(\/_next\/static\/[^"?]+)/.exec(tag)?.[1] ?? []))];
    let raw = 0;
    let gzip = 0;
    for (const src of srcs) {
      const file = readFileSync(path.join(distDir, 'static', src.replace('/_next/static/', '')));
      raw += file.length;
      gzip += gzipSync(file).length;
    }
    console.log(`${pagePath.padEnd(45)} ${String(srcs.length).padStart(2)} chunks  ${kib(raw)} raw  ${kib(gzip)} gzip`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
