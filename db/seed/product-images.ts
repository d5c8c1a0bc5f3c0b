/**
 * Demo product and category pictures drawn in code: nothing is downloaded, no licences to track, and
 * the output is deterministic so re-running the seed leaves git clean. The SVGs live under public/
 * and are committed; the seed CLI rewrites them so a new product in catalog-data.ts gets its picture.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORIES, PRODUCTS, type CategorySlug } from './catalog-data';

export const productImageUrl = (slug: string): string => `/images/products/${slug}.svg`;
export const categoryImageUrl = (slug: string): string => `/images/categories/${slug}.svg`;

type Palette = { from: string; to: string; glass: string; accent: string; ink: string };

// Two palettes per category so neighbouring cards in a grid do not look identical.
const PALETTES: Record<CategorySlug, [Palette, Palette]> = {
  'aceites-esenciales-y-de-masaje': [
    { from: '#f3e9ff', to: '#d9c4f0', glass: '#b8742f', accent: '#8e5aa8', ink: '#3d2a4d' },
    { from: '#fff3e0', to: '#f2d4a8', glass: '#a8652a', accent: '#c98b3c', ink: '#4a3020' },
  ],
  'cremas-y-lociones-corporales': [
    { from: '#fdf1ea', to: '#f4d3c4', glass: '#fffaf5', accent: '#d98f73', ink: '#5a3628' },
    { from: '#f2f7ee', to: '#d5e6c8', glass: '#fffdf8', accent: '#8fb07a', ink: '#2f4a2a' },
  ],
  'cuidado-facial': [
    { from: '#fdeef3', to: '#f3c9d8', glass: '#fbe3ea', accent: '#c76b8e', ink: '#5b2339' },
    { from: '#eef6f6', to: '#c9e4e2', glass: '#f4fbfa', accent: '#5fa39c', ink: '#1f4744' },
  ],
  'bano-y-exfoliacion': [
    { from: '#eaf5fb', to: '#bfdff0', glass: '#f7efe3', accent: '#7fb8d6', ink: '#1f4157' },
    { from: '#f6efe6', to: '#e3cfb4', glass: '#8a5a3b', accent: '#d9b98f', ink: '#3e2a1c' },
  ],
  'aromaterapia-y-velas': [
    { from: '#fff6e5', to: '#f5dcae', glass: '#e9d6b8', accent: '#c9973f', ink: '#4a3512' },
    { from: '#eef1fb', to: '#cdd5f0', glass: '#e3e6f5', accent: '#7683c4', ink: '#26305e' },
  ],
  'kits-y-regalos': [
    { from: '#fdf0ef', to: '#f1c9c4', glass: '#f6e3d5', accent: '#c2574c', ink: '#4f1f1a' },
    { from: '#f0f6ef', to: '#cfe3cc', glass: '#f3ead8', accent: '#4f8a55', ink: '#1e3b22' },
  ],
};

type Shape = (p: Palette) => string;

// Silhouettes centred on x = 300, standing on y = 410 of a 600 × 600 canvas.
const SHAPES: Record<CategorySlug, Shape> = {
  'aceites-esenciales-y-de-masaje': (p) => `
    <ellipse cx="300" cy="118" rx="24" ry="34" fill="${p.ink}"/>
    <rect x="265" y="148" width="70" height="32" rx="6" fill="${p.ink}"/>
    <rect x="277" y="176" width="46" height="40" fill="${p.glass}"/>
    <rect x="232" y="206" width="136" height="204" rx="26" fill="${p.glass}"/>
    <rect x="252" y="268" width="96" height="84" rx="8" fill="#fff" opacity="0.88"/>
    <path d="M300 330c-18-10-20-32 0-46 20 14 18 36 0 46z" fill="${p.accent}"/>`,
  'cremas-y-lociones-corporales': (p) => `
    <rect x="200" y="212" width="200" height="54" rx="14" fill="${p.accent}"/>
    <rect x="188" y="256" width="224" height="154" rx="34" fill="${p.glass}" stroke="${p.accent}" stroke-width="4"/>
    <rect x="222" y="298" width="156" height="70" rx="10" fill="${p.accent}" opacity="0.25"/>
    <circle cx="300" cy="333" r="16" fill="${p.accent}"/>`,
  'cuidado-facial': (p) => `
    <rect x="266" y="146" width="68" height="24" rx="8" fill="${p.ink}"/>
    <rect x="326" y="150" width="44" height="12" rx="6" fill="${p.ink}"/>
    <rect x="287" y="168" width="26" height="44" fill="${p.ink}"/>
    <rect x="248" y="206" width="104" height="204" rx="42" fill="${p.glass}" stroke="${p.accent}" stroke-width="4"/>
    <rect x="268" y="270" width="64" height="90" rx="10" fill="${p.accent}" opacity="0.85"/>`,
  'bano-y-exfoliacion': (p) => `
    <rect x="178" y="330" width="244" height="80" rx="30" fill="${p.glass}" stroke="${p.accent}" stroke-width="4"/>
    <rect x="200" y="258" width="200" height="78" rx="28" fill="${p.accent}"/>
    <circle cx="392" cy="214" r="20" fill="none" stroke="#fff" stroke-width="5"/>
    <circle cx="428" cy="172" r="12" fill="none" stroke="#fff" stroke-width="4"/>
    <circle cx="206" cy="222" r="14" fill="none" stroke="#fff" stroke-width="4"/>`,
  'aromaterapia-y-velas': (p) => `
    <path d="M300 150c22 26 22 50 0 62-22-12-22-36 0-62z" fill="#f2a93b"/>
    <path d="M300 176c10 12 10 24 0 30-10-6-10-18 0-30z" fill="#fff3c4"/>
    <rect x="297" y="208" width="6" height="30" fill="${p.ink}"/>
    <rect x="212" y="236" width="176" height="174" rx="20" fill="${p.glass}" stroke="${p.accent}" stroke-width="5"/>
    <rect x="212" y="236" width="176" height="26" rx="12" fill="${p.accent}" opacity="0.35"/>
    <rect x="240" y="300" width="120" height="60" rx="8" fill="#fff" opacity="0.85"/>`,
  'kits-y-regalos': (p) => `
    <ellipse cx="272" cy="216" rx="34" ry="20" fill="${p.accent}" transform="rotate(-24 272 216)"/>
    <ellipse cx="328" cy="216" rx="34" ry="20" fill="${p.accent}" transform="rotate(24 328 216)"/>
    <rect x="196" y="270" width="208" height="140" rx="8" fill="${p.glass}"/>
    <rect x="180" y="234" width="240" height="46" rx="8" fill="${p.glass}" stroke="${p.accent}" stroke-width="4"/>
    <rect x="288" y="234" width="24" height="176" fill="${p.accent}"/>`,
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** FNV-1a: a stable number per slug for palette choice and decoration placement. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Greedy word wrap to at most two lines; a longer title is cut with an ellipsis. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  return [
    lines[0] ?? '',
    `${lines
      .slice(1)
      .join(' ')
      .slice(0, width - 1)}…`,
  ];
}

type ImageInput = { key: string; title: string; label: string; categorySlug: CategorySlug };

export function renderSeedSvg({ key, title, label, categorySlug }: ImageInput): string {
  const hash = hashOf(key);
  const [first, second] = PALETTES[categorySlug];
  const palette = hash % 2 === 0 ? first : second;
  const lines = wrap(title, 18);
  const fontSize = lines.some((l) => l.length > 14) ? 36 : 42;
  const firstY = lines.length === 1 ? 500 : 478;
  const text = lines
    .map(
      (line, i) =>
        `<text x="300" y="${firstY + i * (fontSize + 8)}" text-anchor="middle" font-size="${fontSize}">${escapeXml(line)}</text>`,
    )
    .join('\n    ');
  const dots = [0, 1, 2]
    .map((i) => {
      const n = (hash >>> (i * 8)) & 0xff;
      return `<circle cx="${60 + ((n * 7) % 480)}" cy="${50 + ((n * 13) % 330)}" r="${30 + (n % 50)}" fill="#fff" opacity="0.22"/>`;
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(label)}">
  <title>${escapeXml(label)}</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette.from}"/>
      <stop offset="1" stop-color="${palette.to}"/>
    </linearGradient>
  </defs>
  <rect width="600" height="600" fill="url(#bg)"/>
  ${dots}
  <ellipse cx="300" cy="414" rx="150" ry="14" fill="${palette.ink}" opacity="0.12"/>
  <g>${SHAPES[categorySlug](palette)}
  </g>
  <g fill="${palette.ink}" font-family="Georgia, 'Times New Roman', serif">
    ${text}
  </g>
  <text x="300" y="572" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="15" letter-spacing="6" fill="${palette.ink}" opacity="0.55">BOTICA</text>
</svg>
`;
}

/** Writes one SVG per hand-written product and per category under `<rootDir>/public/images/`. */
export async function writeSeedImages(rootDir: string): Promise<{ products: number; categories: number }> {
  const productDir = path.join(rootDir, 'public', 'images', 'products');
  const categoryDir = path.join(rootDir, 'public', 'images', 'categories');
  await mkdir(productDir, { recursive: true });
  await mkdir(categoryDir, { recursive: true });
  await Promise.all([
    ...PRODUCTS.map((p) =>
      writeFile(
        path.join(productDir, `${p.slug}.svg`),
        renderSeedSvg({ key: p.slug, title: p.shortName, label: p.name, categorySlug: p.categorySlug }),
      ),
    ),
    ...CATEGORIES.map((c) =>
      writeFile(
        path.join(categoryDir, `${c.slug}.svg`),
        renderSeedSvg({ key: c.slug, title: c.name, label: c.name, categorySlug: c.slug }),
      ),
    ),
  ]);
  return { products: PRODUCTS.length, categories: CATEGORIES.length };
}
