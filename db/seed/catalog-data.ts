/**
 * The demo catalogue: a spa shop in Colombia, written by hand so the store looks real on first start,
 * plus the vocabulary that `generateSyntheticProducts` combines into plausible extra products for
 * benchmarks (`npm run db:seed -- --products 10000`). Pure data: no database access here.
 *
 * Prices are COP centavos of whole pesos (the variant CHECK refuses anything else).
 */

export const CATEGORIES = [
  {
    slug: 'aceites-esenciales-y-de-masaje',
    name: 'Aceites esenciales y de masaje',
    description: 'Aceites puros y mezclas para masaje, destilados y envasados en pequeños lotes.',
    sortOrder: 1,
  },
  {
    slug: 'cremas-y-lociones-corporales',
    name: 'Cremas y lociones corporales',
    description: 'Hidratación diaria para todo el cuerpo con mantecas, aceites vegetales y aromas suaves.',
    sortOrder: 2,
  },
  {
    slug: 'cuidado-facial',
    name: 'Cuidado facial',
    description: 'Limpiadores, tónicos, sérums y cremas para una rutina facial sencilla y efectiva.',
    sortOrder: 3,
  },
  {
    slug: 'bano-y-exfoliacion',
    name: 'Baño y exfoliación',
    description: 'Jabones artesanales, sales, exfoliantes y todo lo necesario para un baño de spa en casa.',
    sortOrder: 4,
  },
  {
    slug: 'aromaterapia-y-velas',
    name: 'Aromaterapia y velas',
    description: 'Velas de soya, difusores y brumas para llenar tus espacios de calma o energía.',
    sortOrder: 5,
  },
  {
    slug: 'kits-y-regalos',
    name: 'Kits y regalos',
    description: 'Combinaciones listas para regalar, empacadas a mano con tarjeta personalizada.',
    sortOrder: 6,
  },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];

export const TAGS = [
  { slug: 'lavanda', name: 'Lavanda' },
  { slug: 'relajante', name: 'Relajante' },
  { slug: 'vegano', name: 'Vegano' },
  { slug: 'piel-sensible', name: 'Piel sensible' },
  { slug: 'hidratante', name: 'Hidratante' },
  { slug: 'cafe', name: 'Café' },
  { slug: 'coco', name: 'Coco' },
  { slug: 'energizante', name: 'Energizante' },
  { slug: 'regalo', name: 'Regalo' },
  { slug: 'natural', name: 'Natural' },
  { slug: 'sin-parabenos', name: 'Sin parabenos' },
  { slug: 'eucalipto', name: 'Eucalipto' },
  { slug: 'citricos', name: 'Cítricos' },
] as const;

export type TagSlug = (typeof TAGS)[number]['slug'];

export type SeedBulkDiscount = { minQuantity: number; percent: number };

export type SeedVariant = {
  sku: string;
  name: string;
  priceCents: number;
  vipPriceCents: number | null;
  /** Initial units; the seed writes them as a RESTOCK ledger movement, never straight into the column. */
  stock: number;
  minOrderQuantity: number;
  maxOrderQuantity: number;
  lowStockThreshold: number;
  weightGrams: number;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  bulkDiscounts: SeedBulkDiscount[];
};

export type SeedProduct = {
  slug: string;
  name: string;
  /** Fits on the generated SVG image. */
  shortName: string;
  categorySlug: CategorySlug;
  description: string;
  benefits: string;
  howToUse: string;
  preparationDays: number;
  isFeatured: boolean;
  tags: TagSlug[];
  /** Admin-curated related products, by slug. */
  related: string[];
  variants: SeedVariant[];
};

type Pack = { weightGrams: number; lengthCm: number; widthCm: number; heightCm: number };

/** Shipping weight and box size of each container, packaging included. */
const PACKS = {
  gotero10: { weightGrams: 60, lengthCm: 4, widthCm: 4, heightCm: 10 },
  gotero30: { weightGrams: 110, lengthCm: 5, widthCm: 5, heightCm: 12 },
  frasco100: { weightGrams: 170, lengthCm: 5, widthCm: 5, heightCm: 15 },
  frasco250: { weightGrams: 340, lengthCm: 7, widthCm: 7, heightCm: 19 },
  frasco500: { weightGrams: 640, lengthCm: 8.5, widthCm: 8.5, heightCm: 23 },
  frasco1000: { weightGrams: 1180, lengthCm: 10, widthCm: 10, heightCm: 27 },
  tubo50: { weightGrams: 75, lengthCm: 4, widthCm: 3, heightCm: 14 },
  tubo100: { weightGrams: 135, lengthCm: 5, widthCm: 3.5, heightCm: 17 },
  tarro50: { weightGrams: 95, lengthCm: 6.5, widthCm: 6.5, heightCm: 5 },
  tarro100: { weightGrams: 180, lengthCm: 7.5, widthCm: 7.5, heightCm: 6 },
  tarro200: { weightGrams: 290, lengthCm: 8.5, widthCm: 8.5, heightCm: 7.5 },
  tarro400: { weightGrams: 520, lengthCm: 10, widthCm: 10, heightCm: 9.5 },
  labial: { weightGrams: 20, lengthCm: 2, widthCm: 2, heightCm: 7.5 },
  labial3: { weightGrams: 80, lengthCm: 9, widthCm: 6, heightCm: 3 },
  barra: { weightGrams: 130, lengthCm: 9, widthCm: 6, heightCm: 3.5 },
  barra3: { weightGrams: 420, lengthCm: 20, widthCm: 10, heightCm: 4 },
  bolsa250: { weightGrams: 280, lengthCm: 12, widthCm: 6, heightCm: 18 },
  bolsa500: { weightGrams: 540, lengthCm: 14, widthCm: 7, heightCm: 22 },
  bolsa1000: { weightGrams: 1060, lengthCm: 16, widthCm: 9, heightCm: 28 },
  bomba: { weightGrams: 150, lengthCm: 7, widthCm: 7, heightCm: 7 },
  bomba4: { weightGrams: 640, lengthCm: 16, widthCm: 16, heightCm: 8 },
  vela150: { weightGrams: 250, lengthCm: 8, widthCm: 8, heightCm: 7 },
  vela180: { weightGrams: 330, lengthCm: 8.5, widthCm: 8.5, heightCm: 9 },
  vela300: { weightGrams: 540, lengthCm: 10, widthCm: 10, heightCm: 11 },
  difusor100: { weightGrams: 320, lengthCm: 7, widthCm: 7, heightCm: 25 },
  difusor200: { weightGrams: 560, lengthCm: 9, widthCm: 9, heightCm: 30 },
  guante: { weightGrams: 90, lengthCm: 22, widthCm: 14, heightCm: 2 },
  rollon: { weightGrams: 45, lengthCm: 3, widthCm: 3, heightCm: 11 },
  inhalador: { weightGrams: 25, lengthCm: 2, widthCm: 2, heightCm: 9 },
  inhalador3: { weightGrams: 90, lengthCm: 10, widthCm: 7, heightCm: 3 },
  kit: { weightGrams: 1300, lengthCm: 30, widthCm: 22, heightCm: 10 },
  kitGrande: { weightGrams: 2100, lengthCm: 36, widthCm: 26, heightCm: 12 },
  cajaVelas: { weightGrams: 980, lengthCm: 28, widthCm: 12, heightCm: 11 },
} as const satisfies Record<string, Pack>;

type PackName = keyof typeof PACKS;

/**
 * VIP price: about 15 % off, rounded to whole hundreds of pesos. Integer centavos in, integer out:
 * 10_000 centavos are 100 pesos, so the result always satisfies the whole-pesos CHECK.
 */
export function vipPriceCents(priceCents: number): number {
  return Math.round((priceCents * 85) / 1_000_000) * 10_000;
}

/** Volume tiers shown on cheap, often-repeated items (jabones, bálsamos). */
const TIERS: SeedBulkDiscount[] = [
  { minQuantity: 3, percent: 5 },
  { minQuantity: 6, percent: 10 },
];

type VariantOptions = { max?: number; low?: number; bulk?: SeedBulkDiscount[] };

function v(
  sku: string,
  name: string,
  pesos: number,
  stock: number,
  pack: PackName,
  options: VariantOptions = {},
): SeedVariant {
  const priceCents = pesos * 100;
  return {
    sku,
    name,
    priceCents,
    vipPriceCents: vipPriceCents(priceCents),
    stock,
    minOrderQuantity: 1,
    maxOrderQuantity: options.max ?? 10,
    lowStockThreshold: options.low ?? 5,
    ...PACKS[pack],
    bulkDiscounts: options.bulk ?? [],
  };
}

/** Kits are assembled by hand: few per order, and the low-stock alert fires later. */
function kit(sku: string, name: string, pesos: number, stock: number, pack: PackName): SeedVariant {
  return v(sku, name, pesos, stock, pack, { max: 3, low: 3 });
}

const ACEITES = 'aceites-esenciales-y-de-masaje' as const;
const CREMAS = 'cremas-y-lociones-corporales' as const;
const FACIAL = 'cuidado-facial' as const;
const BANO = 'bano-y-exfoliacion' as const;
const AROMA = 'aromaterapia-y-velas' as const;
const KITS = 'kits-y-regalos' as const;

export const PRODUCTS: SeedProduct[] = [
  // ── Aceites esenciales y de masaje ──────────────────────────────────────────────────────────
  {
    slug: 'aceite-esencial-de-lavanda',
    name: 'Aceite Esencial de Lavanda',
    shortName: 'Lavanda',
    categorySlug: ACEITES,
    description:
      'Aceite esencial 100 % puro de lavanda, destilado al vapor a partir de flores frescas. Su aroma floral y herbal ayuda a bajar el ritmo al final del día. Es el aceite más versátil de nuestra botica.',
    benefits:
      'Favorece la relajación y un sueño reparador.\nAlivia la tensión en cuello y hombros diluido en aceite portador.\nPerfuma la ropa de cama y los espacios de forma natural.',
    howToUse:
      'Agrega 3 a 5 gotas en el difusor con agua. Para masaje, diluye 5 gotas en 10 ml de aceite portador. No aplicar puro sobre la piel ni ingerir.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['lavanda', 'relajante', 'natural', 'vegano'],
    related: ['bruma-de-almohada-de-lavanda', 'sales-de-bano-de-lavanda', 'kit-relajacion-lavanda'],
    variants: [v('ACE-LAV-10', '10 ml', 28_900, 42, 'gotero10'), v('ACE-LAV-30', '30 ml', 64_900, 18, 'gotero30')],
  },
  {
    slug: 'aceite-esencial-de-eucalipto',
    name: 'Aceite Esencial de Eucalipto',
    shortName: 'Eucalipto',
    categorySlug: ACEITES,
    description:
      'Aceite esencial de eucalipto globulus de aroma fresco y penetrante. Ideal para despejar la mente en las mañanas o después del ejercicio.',
    benefits:
      'Aporta sensación de respiración despejada.\nRefresca y energiza el ambiente.\nComplementa masajes descontracturantes.',
    howToUse:
      'Usa 3 gotas en el difusor o 2 gotas en un recipiente con agua caliente para vaporizaciones. Mantener fuera del alcance de los niños.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'energizante', 'natural', 'vegano'],
    related: [],
    variants: [
      v('ACE-EUC-10', '10 ml', 24_900, 35, 'gotero10'),
      v('ACE-EUC-30', '30 ml', 54_900, 3, 'gotero30', { low: 4 }),
    ],
  },
  {
    slug: 'aceite-de-almendras-dulces',
    name: 'Aceite de Almendras Dulces',
    shortName: 'Almendras',
    categorySlug: ACEITES,
    description:
      'Aceite vegetal de almendras dulces prensado en frío, ligero y sin perfume. Es el aceite portador favorito de nuestras terapeutas para masajes largos. Apto para pieles sensibles y para el cuidado del bebé.',
    benefits:
      'Nutre y suaviza la piel seca.\nAyuda a prevenir la apariencia de estrías.\nSirve de base para diluir aceites esenciales.',
    howToUse:
      'Aplica sobre la piel húmeda después del baño con masajes circulares. Para mezclas aromáticas, añade hasta 10 gotas de aceite esencial por cada 20 ml.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['hidratante', 'piel-sensible', 'natural', 'sin-parabenos'],
    related: ['crema-de-manos-de-almendras', 'aceite-de-masaje-relajante', 'balsamo-de-calendula'],
    variants: [
      v('ACE-ALM-100', '100 ml', 32_900, 55, 'frasco100', { bulk: TIERS }),
      v('ACE-ALM-250', '250 ml', 59_900, 24, 'frasco250'),
      v('ACE-ALM-500', '500 ml', 98_900, 0, 'frasco500', { low: 3 }),
    ],
  },
  {
    slug: 'aceite-de-masaje-relajante',
    name: 'Aceite de Masaje Relajante Lavanda y Manzanilla',
    shortName: 'Masaje Relajante',
    categorySlug: ACEITES,
    description:
      'La mezcla que usamos en nuestro masaje relajante de cabina, ahora para tu casa. Combina aceite de girasol alto oleico, lavanda y manzanilla. Se desliza sin dejar la piel grasosa.',
    benefits:
      'Relaja los músculos después de un día largo.\nDeja la piel suave y ligeramente perfumada.\nAroma suave que invita al descanso.',
    howToUse:
      'Calienta una pequeña cantidad entre las manos y masajea con movimientos largos hacia el corazón. Evita el contacto con los ojos.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['lavanda', 'relajante', 'hidratante'],
    related: [],
    variants: [
      v('ACE-MRL-100', '100 ml', 38_900, 30, 'frasco100'),
      v('ACE-MRL-250', '250 ml', 79_900, 12, 'frasco250'),
    ],
  },
  {
    slug: 'aceite-de-coco-virgen-organico',
    name: 'Aceite de Coco Virgen Orgánico',
    shortName: 'Coco Virgen',
    categorySlug: ACEITES,
    description:
      'Aceite de coco virgen extraído en frío de cocos de la costa Pacífica. Sólido en climas fríos y líquido en tierra caliente. Sirve para piel, cabello y masajes.',
    benefits:
      'Hidrata en profundidad piel y puntas del cabello.\nAroma tropical suave y natural.\nMultiusos: desmaquillante, bálsamo y aceite de masaje.',
    howToUse:
      'Toma una pequeña cantidad y caliéntala entre las manos. En el cabello, aplica de medios a puntas 30 minutos antes del lavado.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['coco', 'hidratante', 'vegano', 'natural'],
    related: [],
    variants: [
      v('ACE-COC-100', '100 ml', 21_900, 60, 'frasco100'),
      v('ACE-COC-250', '250 ml', 39_900, 38, 'frasco250'),
      v('ACE-COC-500', '500 ml', 68_900, 14, 'frasco500'),
      v('ACE-COC-1000', '1 litro', 119_900, 2, 'frasco1000', { max: 5, low: 3 }),
    ],
  },
  {
    slug: 'aceite-de-masaje-energizante',
    name: 'Aceite de Masaje Energizante Menta y Romero',
    shortName: 'Menta y Romero',
    categorySlug: ACEITES,
    description:
      'Mezcla vigorizante de menta piperita y romero sobre base de aceite de uva. Pensada para masajes de piernas cansadas y para empezar el día con energía.',
    benefits:
      'Sensación de frescura inmediata.\nAlivia la pesadez en piernas y pies.\nAroma herbal que despierta los sentidos.',
    howToUse:
      'Masajea desde los tobillos hacia arriba con movimientos firmes. No usar en el rostro ni en niños menores de 6 años.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['energizante', 'natural'],
    related: [],
    variants: [v('ACE-MEN-100', '100 ml', 38_900, 22, 'frasco100'), v('ACE-MEN-250', '250 ml', 79_900, 9, 'frasco250')],
  },
  {
    slug: 'aceite-esencial-de-naranja-dulce',
    name: 'Aceite Esencial de Naranja Dulce',
    shortName: 'Naranja Dulce',
    categorySlug: ACEITES,
    description:
      'Aceite esencial obtenido por prensado en frío de la cáscara de naranja. Alegre, dulce y muy fácil de combinar con lavanda o canela.',
    benefits:
      'Levanta el ánimo y aporta alegría al ambiente.\nNeutraliza olores en cocina y armarios.\nFavorito de los niños en el difusor.',
    howToUse:
      'Agrega 4 gotas al difusor. Es fotosensibilizante: no lo apliques sobre la piel antes de exponerte al sol.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['citricos', 'energizante', 'vegano'],
    related: [],
    variants: [v('ACE-NAR-10', '10 ml', 22_900, 27, 'gotero10'), v('ACE-NAR-30', '30 ml', 49_900, 11, 'gotero30')],
  },
  {
    slug: 'aceite-de-arnica-para-masaje',
    name: 'Aceite de Árnica para Masaje Deportivo',
    shortName: 'Árnica',
    categorySlug: ACEITES,
    description:
      'Macerado de flores de árnica en aceite de girasol con un toque de jengibre. Lo recomiendan nuestras terapeutas después de entrenar o de jornadas de pie.',
    benefits:
      'Reconforta músculos cargados después del ejercicio.\nEfecto de calor suave por el jengibre.\nTextura que permite masajes profundos.',
    howToUse: 'Aplica sobre la zona y masajea hasta absorber. No aplicar sobre heridas abiertas. Uso externo.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['energizante', 'natural', 'sin-parabenos'],
    related: [],
    variants: [
      v('ACE-ARN-100', '100 ml', 42_900, 16, 'frasco100'),
      v('ACE-ARN-250', '250 ml', 86_900, 4, 'frasco250', { max: 5, low: 4 }),
    ],
  },

  // ── Cremas y lociones corporales ────────────────────────────────────────────────────────────
  {
    slug: 'crema-corporal-de-coco-y-karite',
    name: 'Crema Corporal de Coco y Karité',
    shortName: 'Coco y Karité',
    categorySlug: CREMAS,
    description:
      'Crema corporal rica en manteca de karité y aceite de coco, de textura cremosa que se absorbe sin dejar sensación grasosa. Su aroma recuerda las playas del Caribe colombiano.',
    benefits:
      'Hidratación intensa durante 24 horas.\nIdeal para codos, rodillas y talones resecos.\nFórmula vegana y sin parabenos.',
    howToUse: 'Aplica generosamente sobre la piel limpia, de preferencia después del baño. Úsala mañana y noche.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['coco', 'hidratante', 'vegano', 'sin-parabenos'],
    related: ['aceite-de-coco-virgen-organico', 'exfoliante-de-cafe-y-coco', 'vela-de-masaje-de-coco'],
    variants: [v('CRE-COC-200', '200 ml', 46_900, 33, 'tarro200'), v('CRE-COC-400', '400 ml', 79_900, 15, 'tarro400')],
  },
  {
    slug: 'locion-hidratante-de-lavanda',
    name: 'Loción Hidratante de Lavanda',
    shortName: 'Loción Lavanda',
    categorySlug: CREMAS,
    description:
      'Loción ligera con aloe vera y aceite esencial de lavanda, perfecta para el clima templado. Deja la piel fresca y con un aroma que relaja antes de dormir.',
    benefits:
      'Textura fluida de absorción rápida.\nCalma la piel después de la exposición al sol.\nAroma relajante para la rutina de noche.',
    howToUse: 'Aplica sobre todo el cuerpo con movimientos ascendentes. Puedes usarla varias veces al día.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['lavanda', 'hidratante', 'relajante'],
    related: [],
    variants: [
      v('CRE-LAV-250', '250 ml', 39_900, 40, 'frasco250'),
      v('CRE-LAV-500', '500 ml', 64_900, 19, 'frasco500'),
    ],
  },
  {
    slug: 'balsamo-de-calendula',
    name: 'Bálsamo de Caléndula',
    shortName: 'Caléndula',
    categorySlug: CREMAS,
    description:
      'Bálsamo multiusos de caléndula, cera de abejas y aceite de oliva. Un clásico de la botica de la abuela para la piel irritada o agrietada. Sin fragancia añadida.',
    benefits:
      'Calma rojeces e irritaciones leves.\nRepara labios, cutículas y talones agrietados.\nApto para pieles sensibles y atópicas.',
    howToUse: 'Aplica una capa fina sobre la zona que lo necesite, las veces que quieras. Para uso externo.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['piel-sensible', 'natural', 'sin-parabenos', 'hidratante'],
    related: ['jabon-de-avena-y-miel', 'kit-piel-sensible'],
    variants: [
      v('CRE-CAL-30', '30 g', 26_900, 48, 'tarro50', { bulk: TIERS }),
      v('CRE-CAL-60', '60 g', 44_900, 0, 'tarro100', { low: 4 }),
    ],
  },
  {
    slug: 'manteca-corporal-de-cacao',
    name: 'Manteca Corporal de Cacao',
    shortName: 'Cacao',
    categorySlug: CREMAS,
    description:
      'Manteca batida de cacao colombiano y aceite de aguacate. Se funde al contacto con la piel y la envuelve en un aroma a chocolate.',
    benefits:
      'Nutrición profunda para pieles muy secas.\nMejora la elasticidad de la piel.\nAroma a cacao que reconforta.',
    howToUse: 'Toma una pequeña cantidad y deja que se funda con el calor de las manos antes de aplicar.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['hidratante', 'natural', 'vegano'],
    related: [],
    variants: [v('CRE-CAC-150', '150 g', 52_900, 21, 'tarro200')],
  },
  {
    slug: 'crema-de-manos-de-almendras',
    name: 'Crema de Manos de Almendras',
    shortName: 'Manos Almendras',
    categorySlug: CREMAS,
    description:
      'Crema de manos de textura sedosa con aceite de almendras y glicerina vegetal. Cabe en cualquier bolso y no deja las manos pegajosas.',
    benefits: 'Repara manos resecas por el lavado frecuente.\nFortalece uñas y cutículas.\nAbsorción en segundos.',
    howToUse: 'Aplica una pequeña cantidad y masajea dedo por dedo. Repite después de cada lavado.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['hidratante', 'piel-sensible'],
    related: [],
    variants: [
      v('CRE-MAN-50', '50 ml', 19_900, 58, 'tubo50', { bulk: TIERS }),
      v('CRE-MAN-100', '100 ml', 32_900, 26, 'tubo100'),
    ],
  },
  {
    slug: 'locion-corporal-de-cafe-y-vainilla',
    name: 'Loción Corporal de Café y Vainilla',
    shortName: 'Café y Vainilla',
    categorySlug: CREMAS,
    description:
      'Loción con extracto de café del Eje Cafetero y vainilla natural. Su cafeína ayuda a tonificar y su aroma dulce es irresistible.',
    benefits:
      'Efecto tonificante gracias a la cafeína.\nHidratación ligera para todo tipo de piel.\nAroma gourmand de café y vainilla.',
    howToUse: 'Aplica con masajes circulares, insistiendo en muslos y abdomen. Ideal en la mañana.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['cafe', 'hidratante', 'energizante'],
    related: [],
    variants: [
      v('CRE-CAF-250', '250 ml', 42_900, 1, 'frasco250', { low: 4 }),
      v('CRE-CAF-500', '500 ml', 69_900, 13, 'frasco500'),
    ],
  },
  {
    slug: 'crema-para-pies-menta-y-eucalipto',
    name: 'Crema para Pies de Menta y Eucalipto',
    shortName: 'Pies Menta',
    categorySlug: CREMAS,
    description:
      'Crema refrescante para pies con urea, menta y eucalipto. Alivia después de largas caminatas y suaviza los talones.',
    benefits:
      'Frescura inmediata para pies cansados.\nSuaviza durezas y talones agrietados.\nDesodoriza de forma natural.',
    howToUse:
      'Aplica sobre pies limpios y secos, de preferencia en la noche. Usa medias de algodón para potenciar el efecto.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'energizante', 'hidratante'],
    related: [],
    variants: [v('CRE-PIE-100', '100 ml', 29_900, 37, 'tubo100')],
  },
  {
    slug: 'gel-de-aloe-vera-post-solar',
    name: 'Gel de Aloe Vera Post-Solar',
    shortName: 'Aloe Vera',
    categorySlug: CREMAS,
    description:
      'Gel puro de aloe vera cultivado en La Guajira, sin alcohol ni colorantes. Calma la piel después del sol o de la depilación.',
    benefits: 'Refresca y calma la piel enrojecida.\nHidrata sin engrasar.\nApto para rostro y cuerpo.',
    howToUse:
      'Aplica una capa generosa sobre la piel limpia. Guárdalo en la nevera para un efecto aún más refrescante.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['piel-sensible', 'vegano', 'natural'],
    related: [],
    variants: [
      v('CRE-ALO-200', '200 ml', 27_900, 44, 'frasco250'),
      v('CRE-ALO-400', '400 ml', 45_900, 20, 'frasco500'),
    ],
  },

  // ── Cuidado facial ──────────────────────────────────────────────────────────────────────────
  {
    slug: 'aceite-facial-de-rosa-mosqueta',
    name: 'Aceite Facial de Rosa Mosqueta',
    shortName: 'Rosa Mosqueta',
    categorySlug: FACIAL,
    description:
      'Aceite de rosa mosqueta prensado en frío, rico en ácidos grasos esenciales. Unas pocas gotas en la noche dejan la piel luminosa al despertar.',
    benefits:
      'Mejora la apariencia de cicatrices y manchas.\nAporta luminosidad y elasticidad.\nNutre sin obstruir los poros.',
    howToUse:
      'En la noche, aplica 3 gotas sobre el rostro limpio y presiona suavemente con las palmas. Usa protector solar en el día.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['natural', 'vegano', 'hidratante'],
    related: ['kit-facial-rosa-mosqueta', 'crema-facial-de-acido-hialuronico', 'agua-de-rosas-tonica'],
    variants: [v('FAC-ROS-15', '15 ml', 36_900, 29, 'gotero10'), v('FAC-ROS-30', '30 ml', 62_900, 17, 'gotero30')],
  },
  {
    slug: 'serum-de-vitamina-c-y-naranja',
    name: 'Sérum de Vitamina C y Naranja',
    shortName: 'Vitamina C',
    categorySlug: FACIAL,
    description:
      'Sérum antioxidante con vitamina C estabilizada y extracto de naranja. Unifica el tono y da un aspecto descansado desde las primeras semanas.',
    benefits:
      'Ilumina y unifica el tono de la piel.\nProtege frente a la contaminación urbana.\nTextura acuosa que no deja residuo.',
    howToUse:
      'En la mañana, aplica 4 gotas sobre el rostro limpio antes de la crema hidratante. Termina siempre con protector solar.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['citricos', 'vegano', 'sin-parabenos'],
    related: [],
    variants: [v('FAC-VTC-30', '30 ml', 89_900, 14, 'gotero30', { max: 5, low: 4 })],
  },
  {
    slug: 'limpiador-facial-de-pepino-y-aloe',
    name: 'Limpiador Facial de Pepino y Aloe',
    shortName: 'Pepino y Aloe',
    categorySlug: FACIAL,
    description:
      'Gel limpiador suave con pepino y aloe vera que retira impurezas y maquillaje ligero sin resecar. Espuma delicada apta para uso diario.',
    benefits: 'Limpia sin alterar la barrera de la piel.\nRefresca y descongestiona.\nApto para pieles sensibles.',
    howToUse:
      'Humedece el rostro, aplica una pequeña cantidad, masajea 30 segundos y enjuaga con agua tibia. Mañana y noche.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['piel-sensible', 'sin-parabenos'],
    related: [],
    variants: [v('FAC-PEP-150', '150 ml', 34_900, 31, 'frasco250'), v('FAC-PEP-300', '300 ml', 57_900, 8, 'frasco500')],
  },
  {
    slug: 'mascarilla-de-arcilla-verde-y-eucalipto',
    name: 'Mascarilla de Arcilla Verde y Eucalipto',
    shortName: 'Arcilla Verde',
    categorySlug: FACIAL,
    description:
      'Mascarilla purificante de arcilla verde francesa con un toque de eucalipto. Absorbe el exceso de grasa y deja la piel mate y fresca.',
    benefits:
      'Purifica los poros en profundidad.\nControla el brillo de la zona T.\nSensación de frescura al retirarla.',
    howToUse:
      'Aplica una capa uniforme evitando el contorno de ojos. Deja actuar 10 minutos y retira con agua tibia. Una o dos veces por semana.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'natural'],
    related: [],
    variants: [v('FAC-ARC-100', '100 g', 38_900, 23, 'tarro100')],
  },
  {
    slug: 'agua-de-rosas-tonica',
    name: 'Agua de Rosas Tónica',
    shortName: 'Agua de Rosas',
    categorySlug: FACIAL,
    description:
      'Hidrolato de rosas de la sabana de Bogotá en atomizador. Tonifica, refresca y fija el maquillaje con un aroma delicado.',
    benefits:
      'Equilibra el pH después de la limpieza.\nRefresca en cualquier momento del día.\nCalma pieles sensibles.',
    howToUse: 'Rocía sobre el rostro a 20 cm de distancia después de limpiar, o cuando quieras refrescarte.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['piel-sensible', 'natural', 'vegano', 'hidratante'],
    related: [],
    variants: [
      v('FAC-AGR-120', '120 ml', 24_900, 46, 'frasco100'),
      v('FAC-AGR-250', '250 ml', 41_900, 0, 'frasco250', { low: 4 }),
    ],
  },
  {
    slug: 'contorno-de-ojos-de-cafe',
    name: 'Contorno de Ojos de Café',
    shortName: 'Contorno Café',
    categorySlug: FACIAL,
    description:
      'Contorno de ojos con cafeína y aceite de semilla de café verde. Aplicador frío de acero que ayuda a desinflamar por la mañana.',
    benefits:
      'Reduce la apariencia de bolsas y ojeras.\nHidrata la piel fina del contorno.\nEfecto frío descongestionante.',
    howToUse:
      'Desliza el aplicador desde el lagrimal hacia la sien, mañana y noche. Evita el contacto directo con los ojos.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['cafe', 'sin-parabenos'],
    related: [],
    variants: [v('FAC-OJO-15', '15 ml', 58_900, 3, 'rollon', { max: 5, low: 3 })],
  },
  {
    slug: 'crema-facial-de-acido-hialuronico',
    name: 'Crema Facial de Ácido Hialurónico',
    shortName: 'Ácido Hialurónico',
    categorySlug: FACIAL,
    description:
      'Crema facial con ácido hialurónico de dos pesos moleculares y niacinamida. Rellena, hidrata y deja la piel jugosa todo el día.',
    benefits: 'Hidratación profunda y prolongada.\nSuaviza líneas de expresión.\nSin perfume, apta para piel sensible.',
    howToUse: 'Aplica mañana y noche sobre el rostro y el cuello limpios, después del sérum.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['hidratante', 'piel-sensible', 'sin-parabenos'],
    related: [],
    variants: [v('FAC-HIA-50', '50 ml', 94_900, 19, 'tarro50', { max: 5, low: 4 })],
  },
  {
    slug: 'balsamo-labial-de-miel-y-cacao',
    name: 'Bálsamo Labial de Miel y Cacao',
    shortName: 'Bálsamo Labial',
    categorySlug: FACIAL,
    description:
      'Bálsamo labial con miel de abejas de la Sierra Nevada y manteca de cacao. Protege y suaviza los labios en clima frío.',
    benefits: 'Repara labios partidos.\nProtege del viento y del frío.\nSabor suave a cacao.',
    howToUse: 'Aplica las veces que quieras durante el día.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['hidratante', 'natural', 'regalo'],
    related: [],
    variants: [
      v('FAC-LAB-UN', 'Unidad', 18_900, 57, 'labial', { bulk: TIERS }),
      v('FAC-LAB-X3', 'Kit x3', 49_900, 22, 'labial3'),
    ],
  },

  // ── Baño y exfoliación ──────────────────────────────────────────────────────────────────────
  {
    slug: 'exfoliante-de-cafe-y-coco',
    name: 'Exfoliante de Café y Coco',
    shortName: 'Café y Coco',
    categorySlug: BANO,
    description:
      'Exfoliante corporal de café molido del Huila, azúcar de caña y aceite de coco. Remueve células muertas y deja la piel suave y perfumada. El producto más vendido de nuestra botica.',
    benefits: 'Exfolia y estimula la circulación.\nDeja la piel lista para hidratar.\nAroma a café recién tostado.',
    howToUse:
      'En la ducha, aplica sobre la piel húmeda con movimientos circulares, deja actuar 2 minutos y enjuaga. Dos veces por semana. El piso puede quedar resbaloso.',
    preparationDays: 0,
    isFeatured: true,
    tags: ['cafe', 'coco', 'energizante', 'vegano'],
    related: ['locion-corporal-de-cafe-y-vainilla', 'guante-exfoliante-de-sisal', 'kit-despertar-de-cafe'],
    variants: [v('BAN-CAF-200', '200 g', 36_900, 41, 'tarro200'), v('BAN-CAF-400', '400 g', 62_900, 16, 'tarro400')],
  },
  {
    slug: 'jabon-de-avena-y-miel',
    name: 'Jabón de Avena y Miel',
    shortName: 'Avena y Miel',
    categorySlug: BANO,
    description:
      'Jabón artesanal de proceso en frío con avena coloidal y miel. Limpia con suavidad y respeta la piel más delicada, incluso la de los niños.',
    benefits: 'Limpia sin resecar.\nCalma la picazón de la piel seca.\nApto para piel sensible.',
    howToUse:
      'Haz espuma con las manos húmedas y aplica sobre rostro o cuerpo. Guárdalo en una jabonera con drenaje para que dure más.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['piel-sensible', 'natural', 'hidratante', 'sin-parabenos'],
    related: ['balsamo-de-calendula', 'kit-piel-sensible', 'agua-de-rosas-tonica'],
    variants: [
      v('BAN-AVE-UN', 'Unidad', 18_900, 60, 'barra', { bulk: TIERS }),
      v('BAN-AVE-X3', 'Kit x3', 49_900, 25, 'barra3'),
    ],
  },
  {
    slug: 'sales-de-bano-de-lavanda',
    name: 'Sales de Baño de Lavanda',
    shortName: 'Sales Lavanda',
    categorySlug: BANO,
    description:
      'Sales de Epsom y sal marina de Manaure con flores secas y aceite esencial de lavanda. Un baño de inmersión que relaja el cuerpo y la mente.',
    benefits: 'Relaja los músculos tensos.\nSuaviza la piel.\nAroma floral para desconectarse.',
    howToUse:
      'Disuelve dos puñados en la tina con agua tibia y sumérgete 20 minutos. También sirven para un baño de pies.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['lavanda', 'relajante', 'natural'],
    related: [],
    variants: [
      v('BAN-SAL-250', '250 g', 26_900, 34, 'bolsa250'),
      v('BAN-SAL-500', '500 g', 42_900, 18, 'bolsa500'),
      v('BAN-SAL-1000', '1 kg', 72_900, 6, 'bolsa1000', { max: 5, low: 3 }),
    ],
  },
  {
    slug: 'bombas-de-bano-de-eucalipto',
    name: 'Bombas de Baño Efervescentes de Eucalipto',
    shortName: 'Bombas de Baño',
    categorySlug: BANO,
    description:
      'Bombas efervescentes hechas a mano con bicarbonato, manteca de cacao y eucalipto. Se deshacen en la tina liberando aroma y aceites hidratantes.',
    benefits: 'Efervescencia divertida y relajante.\nHidrata mientras te bañas.\nAroma que despeja la respiración.',
    howToUse:
      'Deja caer una bomba en la tina con agua tibia y disfruta mientras se disuelve. Enjuaga la tina después del uso.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'relajante', 'regalo'],
    related: ['sales-de-bano-de-lavanda', 'aceite-esencial-de-eucalipto'],
    variants: [
      v('BAN-BOM-UN', 'Unidad', 18_000, 50, 'bomba', { bulk: TIERS }),
      v('BAN-BOM-X4', 'Caja x4', 59_900, 12, 'bomba4'),
    ],
  },
  {
    slug: 'exfoliante-de-azucar-y-limon',
    name: 'Exfoliante de Azúcar y Limón',
    shortName: 'Azúcar y Limón',
    categorySlug: BANO,
    description:
      'Exfoliante suave de azúcar morena, aceite de girasol y limón. Su grano fino lo hace ideal para manos, codos y piel más delicada.',
    benefits: 'Exfoliación suave y nutritiva.\nAroma cítrico que energiza.\nDeja una película hidratante.',
    howToUse:
      'Masajea sobre la piel húmeda y enjuaga con agua tibia. Evita usarlo sobre piel irritada o recién depilada.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['citricos', 'energizante', 'vegano'],
    related: [],
    variants: [v('BAN-AZU-200', '200 g', 32_900, 28, 'tarro200')],
  },
  {
    slug: 'jabon-de-carbon-activado',
    name: 'Jabón de Carbón Activado',
    shortName: 'Carbón Activado',
    categorySlug: BANO,
    description:
      'Jabón artesanal con carbón activado de bambú y árbol de té. Purifica la piel grasa y con tendencia a brotes sin resecarla.',
    benefits: 'Absorbe impurezas y exceso de grasa.\nAyuda a prevenir brotes.\nEspuma cremosa.',
    howToUse: 'Úsalo en rostro y cuerpo, mañana y noche. Enjuaga bien.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['natural', 'vegano', 'sin-parabenos'],
    related: [],
    variants: [
      v('BAN-CAR-UN', 'Unidad', 19_900, 2, 'barra', { low: 4 }),
      v('BAN-CAR-X3', 'Kit x3', 52_900, 0, 'barra3', { low: 3 }),
    ],
  },
  {
    slug: 'gel-de-ducha-de-maracuya',
    name: 'Gel de Ducha de Maracuyá',
    shortName: 'Maracuyá',
    categorySlug: BANO,
    description:
      'Gel de ducha con extracto de maracuyá y glicerina vegetal. Espuma abundante y aroma tropical para empezar el día de buen humor.',
    benefits: 'Limpia sin resecar.\nAroma frutal y tropical.\nFórmula biodegradable.',
    howToUse: 'Aplica sobre la piel húmeda con una esponja o las manos, haz espuma y enjuaga.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['energizante', 'hidratante', 'sin-parabenos'],
    related: [],
    variants: [
      v('BAN-MAR-250', '250 ml', 28_900, 39, 'frasco250'),
      v('BAN-MAR-500', '500 ml', 46_900, 17, 'frasco500'),
    ],
  },
  {
    slug: 'guante-exfoliante-de-sisal',
    name: 'Guante Exfoliante de Sisal',
    shortName: 'Guante de Sisal',
    categorySlug: BANO,
    description:
      'Guante tejido a mano en fibra natural de sisal por artesanas de Santander. Exfolia en seco o en la ducha y activa la circulación.',
    benefits: 'Exfoliación mecánica sin químicos.\nEstimula la circulación.\nDuradero y biodegradable.',
    howToUse:
      'Úsalo en seco con movimientos hacia el corazón antes del baño, o con jabón en la ducha. Déjalo secar colgado.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['natural', 'vegano'],
    related: [],
    variants: [v('BAN-GUA-UN', 'Unidad', 22_900, 26, 'guante')],
  },

  // ── Aromaterapia y velas ────────────────────────────────────────────────────────────────────
  {
    slug: 'vela-de-soya-lavanda-y-vainilla',
    name: 'Vela de Soya Lavanda y Vainilla',
    shortName: 'Vela Lavanda',
    categorySlug: AROMA,
    description:
      'Vela de cera de soya vertida a mano en vaso de vidrio ámbar, con mecha de algodón. Lavanda y vainilla para noches tranquilas. Cada vela lleva una etiqueta escrita a mano.',
    benefits: 'Combustión limpia y sin hollín.\nHasta 40 horas de aroma (180 g).\nEl vaso se puede reutilizar.',
    howToUse:
      'En el primer uso, deja que se derrita toda la superficie. Recorta la mecha a 5 mm antes de cada encendido y no la dejes sin supervisión.',
    preparationDays: 1,
    isFeatured: true,
    tags: ['lavanda', 'relajante', 'vegano', 'regalo'],
    related: ['trio-de-velas-aromaticas', 'bruma-de-almohada-de-lavanda'],
    variants: [v('ARO-VLV-180', '180 g', 48_900, 24, 'vela180'), v('ARO-VLV-300', '300 g', 72_900, 10, 'vela300')],
  },
  {
    slug: 'vela-de-cafe-tostado',
    name: 'Vela de Café Tostado',
    shortName: 'Vela Café',
    categorySlug: AROMA,
    description:
      'Vela de soya con aroma a café recién tostado y un toque de panela. Un homenaje a las mañanas en la finca cafetera.',
    benefits: 'Aroma cálido y acogedor.\nCera vegetal de combustión limpia.\nIdeal para oficinas en casa.',
    howToUse: 'Enciende por periodos de máximo 3 horas. Recorta la mecha antes de cada uso.',
    preparationDays: 1,
    isFeatured: false,
    tags: ['cafe', 'energizante', 'vegano'],
    related: [],
    variants: [v('ARO-VCF-180', '180 g', 46_900, 15, 'vela180', { bulk: [{ minQuantity: 3, percent: 5 }] })],
  },
  {
    slug: 'difusor-de-varillas-eucalipto-y-menta',
    name: 'Difusor de Varillas Eucalipto y Menta',
    shortName: 'Difusor Eucalipto',
    categorySlug: AROMA,
    description:
      'Difusor de varillas de ratán con fragancia de eucalipto y menta. Perfuma baños y entradas durante semanas sin necesidad de electricidad.',
    benefits: 'Aroma constante durante 6 a 8 semanas.\nSensación de frescura y limpieza.\nSin llama ni electricidad.',
    howToUse: 'Introduce las varillas en el frasco y voltéalas una vez por semana para intensificar el aroma.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'energizante'],
    related: [
      'aceite-esencial-de-eucalipto',
      'inhalador-aromatico-de-eucalipto',
      'mezcla-para-difusor-citricos-del-valle',
    ],
    variants: [
      v('ARO-DIF-100', '100 ml', 54_900, 20, 'difusor100'),
      v('ARO-DIF-200', '200 ml', 89_900, 7, 'difusor200'),
    ],
  },
  {
    slug: 'bruma-de-almohada-de-lavanda',
    name: 'Bruma de Almohada de Lavanda',
    shortName: 'Bruma Lavanda',
    categorySlug: AROMA,
    description:
      'Bruma para almohada y sábanas con lavanda, manzanilla y vetiver. Un ritual sencillo para avisarle al cuerpo que es hora de dormir.',
    benefits: 'Ayuda a conciliar el sueño.\nPerfuma textiles sin mancharlos.\nIdeal para viajes.',
    howToUse: 'Agita y rocía 2 o 3 veces sobre la almohada a 30 cm de distancia, unos minutos antes de acostarte.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['lavanda', 'relajante', 'natural'],
    related: [],
    variants: [v('ARO-BRU-100', '100 ml', 34_900, 36, 'frasco100')],
  },
  {
    slug: 'roll-on-antiestres',
    name: 'Roll-on Antiestrés de Aceites Esenciales',
    shortName: 'Roll-on Antiestrés',
    categorySlug: AROMA,
    description:
      'Mezcla lista para usar de lavanda, bergamota e ylang-ylang en aceite de jojoba. Cabe en el bolsillo para los momentos de tensión.',
    benefits:
      'Calma en momentos de estrés.\nAplicación práctica y sin derrames.\nYa viene diluido y listo para la piel.',
    howToUse: 'Aplica en muñecas, sienes y detrás de las orejas. Respira profundo tres veces.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['relajante', 'lavanda', 'vegano'],
    related: [],
    variants: [v('ARO-ROL-10', '10 ml', 29_900, 45, 'rollon', { max: 5 })],
  },
  {
    slug: 'vela-de-masaje-de-coco',
    name: 'Vela de Masaje de Coco y Karité',
    shortName: 'Vela de Masaje',
    categorySlug: AROMA,
    description:
      'Vela que al derretirse se convierte en un aceite tibio para masaje. Hecha con cera de soya, manteca de karité y aceite de coco.',
    benefits: 'Masaje tibio y envolvente.\nHidrata intensamente la piel.\nAroma tropical suave.',
    howToUse:
      'Enciende 10 minutos, apaga y prueba la temperatura en el dorso de la mano antes de verter el aceite sobre la piel.',
    preparationDays: 1,
    isFeatured: false,
    tags: ['coco', 'hidratante', 'relajante'],
    related: [],
    variants: [v('ARO-VMC-150', '150 g', 58_900, 11, 'vela150', { low: 4 })],
  },
  {
    slug: 'inhalador-aromatico-de-eucalipto',
    name: 'Inhalador Aromático de Eucalipto',
    shortName: 'Inhalador',
    categorySlug: AROMA,
    description:
      'Inhalador de bolsillo con eucalipto, menta y ravintsara. Una bocanada de frescura en el carro, la oficina o el avión.',
    benefits: 'Despeja y refresca al instante.\nTamaño bolsillo.\nDura hasta tres meses.',
    howToUse: 'Destapa, acerca a una fosa nasal e inhala suavemente. Mantén bien tapado después de usar.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['eucalipto', 'energizante', 'natural'],
    related: [],
    variants: [
      v('ARO-INH-UN', 'Unidad', 18_900, 4, 'inhalador', { max: 5, low: 4 }),
      v('ARO-INH-X3', 'Kit x3', 44_900, 14, 'inhalador3', { max: 5 }),
    ],
  },
  {
    slug: 'mezcla-para-difusor-citricos-del-valle',
    name: 'Mezcla para Difusor Cítricos del Valle',
    shortName: 'Cítricos del Valle',
    categorySlug: AROMA,
    description:
      'Sinergia de aceites esenciales de mandarina, limón y pomelo, inspirada en los cultivos del Valle del Cauca. Alegre y luminosa.',
    benefits: 'Aporta energía y buen ánimo.\nAyuda a concentrarse.\nRefresca espacios cerrados.',
    howToUse: 'Agrega 5 gotas al difusor con agua. No aplicar sobre la piel.',
    preparationDays: 0,
    isFeatured: false,
    tags: ['citricos', 'energizante', 'vegano'],
    related: [],
    variants: [v('ARO-CIT-10', '10 ml', 26_900, 30, 'gotero10'), v('ARO-CIT-30', '30 ml', 56_900, 12, 'gotero30')],
  },

  // ── Kits y regalos ──────────────────────────────────────────────────────────────────────────
  {
    slug: 'kit-spa-en-casa',
    name: 'Kit Spa en Casa',
    shortName: 'Spa en Casa',
    categorySlug: KITS,
    description:
      'Todo lo necesario para una tarde de spa: exfoliante de café, sales de lavanda, aceite de masaje, vela de soya y toalla de algodón. Lo armamos a mano y lo empacamos en caja de cartón reciclado.',
    benefits:
      'Ritual completo de relajación en casa.\nRegalo listo con tarjeta personalizada.\nProductos de tamaño completo.',
    howToUse:
      'Empieza con el exfoliante en la ducha, sigue con un baño de sales, y termina con el masaje a la luz de la vela.',
    preparationDays: 3,
    isFeatured: true,
    tags: ['regalo', 'relajante', 'natural'],
    related: ['caja-regalo-mama-consentida', 'kit-relajacion-lavanda', 'kit-descanso-profundo'],
    variants: [
      kit('KIT-SPA-EST', 'Estándar', 189_900, 8, 'kit'),
      kit('KIT-SPA-PRE', 'Premium', 259_900, 4, 'kitGrande'),
    ],
  },
  {
    slug: 'kit-relajacion-lavanda',
    name: 'Kit Relajación Lavanda',
    shortName: 'Relajación',
    categorySlug: KITS,
    description:
      'Aceite esencial de lavanda, bruma de almohada y sales de baño en una caja lila. Para quien necesita bajar el ritmo.',
    benefits:
      'Tres productos de lavanda que se complementan.\nIdeal para regalar en cumpleaños.\nEmpaque con cinta y tarjeta.',
    howToUse: 'Usa las sales en un baño tibio, la bruma antes de dormir y el aceite en el difusor.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['lavanda', 'relajante', 'regalo'],
    related: [],
    variants: [kit('KIT-LAV-UN', 'Unidad', 129_900, 12, 'kit')],
  },
  {
    slug: 'kit-despertar-de-cafe',
    name: 'Kit Despertar de Café',
    shortName: 'Despertar',
    categorySlug: KITS,
    description:
      'Exfoliante de café y coco, loción de café y vainilla y vela de café tostado. Un regalo energizante para los amantes del café colombiano.',
    benefits: 'Rutina energizante de la mañana.\nProductos con café del Huila y del Eje Cafetero.\nEmpaque artesanal.',
    howToUse: 'Exfolia en la ducha, hidrata con la loción y enciende la vela mientras trabajas.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['cafe', 'energizante', 'regalo'],
    related: [],
    variants: [kit('KIT-CAF-UN', 'Unidad', 119_900, 9, 'kit')],
  },
  {
    slug: 'caja-regalo-mama-consentida',
    name: 'Caja Regalo Mamá Consentida',
    shortName: 'Mamá Consentida',
    categorySlug: KITS,
    description:
      'Crema corporal de coco y karité, bálsamo labial, agua de rosas y vela de lavanda en una caja con flores secas. Nuestra caja más pedida en mayo.',
    benefits:
      'Cuidado completo de pies a cabeza.\nPresentación especial con flores secas.\nTarjeta con mensaje escrito a mano.',
    howToUse: 'Cuéntanos en la nota del pedido qué mensaje quieres en la tarjeta.',
    preparationDays: 3,
    isFeatured: false,
    tags: ['regalo', 'hidratante'],
    related: [],
    variants: [
      kit('KIT-MAM-CLA', 'Clásica', 149_900, 6, 'kit'),
      kit('KIT-MAM-PRE', 'Premium', 229_900, 0, 'kitGrande'),
    ],
  },
  {
    slug: 'kit-facial-rosa-mosqueta',
    name: 'Kit Facial Rosa Mosqueta',
    shortName: 'Kit Facial',
    categorySlug: KITS,
    description:
      'Limpiador de pepino y aloe, agua de rosas y aceite de rosa mosqueta: una rutina facial completa en tres pasos. Viene en una cajita rosada con instrucciones ilustradas.',
    benefits: 'Rutina de día y de noche.\nProductos veganos.\nAhorras frente a comprarlos por separado.',
    howToUse: 'Limpia, tonifica con el agua de rosas y termina con 3 gotas de rosa mosqueta en la noche.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['regalo', 'hidratante', 'vegano'],
    related: [],
    variants: [kit('KIT-FAC-UN', 'Unidad', 159_900, 7, 'kit')],
  },
  {
    slug: 'kit-piel-sensible',
    name: 'Kit Piel Sensible Avena y Caléndula',
    shortName: 'Piel Sensible',
    categorySlug: KITS,
    description:
      'Jabón de avena y miel, bálsamo de caléndula y gel de aloe vera. Una selección sin fragancias fuertes para pieles reactivas.',
    benefits: 'Fórmulas suaves sin parabenos.\nCalma la piel irritada.\nApto para toda la familia.',
    howToUse: 'Lava con el jabón, aplica el gel de aloe en todo el cuerpo y el bálsamo en las zonas más secas.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['piel-sensible', 'sin-parabenos', 'regalo'],
    related: [],
    variants: [kit('KIT-SEN-UN', 'Unidad', 109_900, 10, 'kit')],
  },
  {
    slug: 'kit-descanso-profundo',
    name: 'Kit Descanso Profundo',
    shortName: 'Descanso Profundo',
    categorySlug: KITS,
    description:
      'Roll-on antiestrés, bruma de almohada, antifaz de seda y té de manzanilla. Para noches largas y sin interrupciones.',
    benefits: 'Ritual nocturno completo.\nAntifaz de seda incluido.\nRegalo ideal para quien trabaja de noche.',
    howToUse: 'Prepara el té, aplica el roll-on en las muñecas, rocía la bruma y ponte el antifaz.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['relajante', 'lavanda', 'regalo'],
    related: [],
    variants: [kit('KIT-DES-UN', 'Unidad', 139_900, 3, 'kit')],
  },
  {
    slug: 'trio-de-velas-aromaticas',
    name: 'Trío de Velas Aromáticas',
    shortName: 'Trío de Velas',
    categorySlug: KITS,
    description:
      'Tres velas de soya de 120 g: lavanda y vainilla, café tostado y cítricos del Valle. Empacadas en una caja con ventana.',
    benefits: 'Un aroma para cada momento del día.\nCera vegetal de combustión limpia.\nListo para regalar.',
    howToUse: 'Enciende cada vela por periodos de máximo 3 horas y recorta la mecha antes de cada uso.',
    preparationDays: 2,
    isFeatured: false,
    tags: ['regalo', 'vegano', 'relajante'],
    related: [],
    variants: [kit('KIT-VEL-X3', 'Kit x3', 119_900, 14, 'cajaVelas')],
  },
];

// ── Synthetic products for benchmarks ─────────────────────────────────────────────────────────

type Gender = 'm' | 'f';
type Size = { name: string; pack: PackName; factor: number };
type Form = {
  name: string;
  gender: Gender;
  category: CategorySlug;
  code: string;
  basePesos: number;
  sizes: Size[];
  howToUse: string;
  preparationDays: number;
  isKit: boolean;
};

const size = (name: string, pack: PackName, factor: number): Size => ({ name, pack, factor });
const form = (f: Omit<Form, 'preparationDays' | 'isKit'> & Partial<Pick<Form, 'preparationDays' | 'isKit'>>): Form => ({
  preparationDays: 0,
  isKit: false,
  ...f,
});

const FORMS: Form[] = [
  form({
    name: 'Aceite Esencial',
    gender: 'm',
    category: ACEITES,
    code: 'ACE',
    basePesos: 24_000,
    sizes: [size('10 ml', 'gotero10', 1), size('30 ml', 'gotero30', 2.2)],
    howToUse: 'Agrega 3 a 5 gotas en el difusor o diluye en aceite portador antes de aplicarlo sobre la piel.',
  }),
  form({
    name: 'Aceite de Masaje',
    gender: 'm',
    category: ACEITES,
    code: 'MAS',
    basePesos: 36_000,
    sizes: [size('100 ml', 'frasco100', 1), size('250 ml', 'frasco250', 2), size('500 ml', 'frasco500', 3.4)],
    howToUse: 'Calienta una pequeña cantidad entre las manos y masajea con movimientos largos.',
  }),
  form({
    name: 'Crema Corporal',
    gender: 'f',
    category: CREMAS,
    code: 'CRC',
    basePesos: 42_000,
    sizes: [size('200 ml', 'tarro200', 1), size('400 ml', 'tarro400', 1.7)],
    howToUse: 'Aplica sobre la piel limpia después del baño, mañana y noche.',
  }),
  form({
    name: 'Loción Corporal',
    gender: 'f',
    category: CREMAS,
    code: 'LOC',
    basePesos: 38_000,
    sizes: [size('250 ml', 'frasco250', 1), size('500 ml', 'frasco500', 1.6)],
    howToUse: 'Aplica sobre todo el cuerpo con movimientos ascendentes.',
  }),
  form({
    name: 'Crema de Manos',
    gender: 'f',
    category: CREMAS,
    code: 'MAN',
    basePesos: 19_000,
    sizes: [size('50 ml', 'tubo50', 1), size('100 ml', 'tubo100', 1.6)],
    howToUse: 'Masajea dedo por dedo después de cada lavado de manos.',
  }),
  form({
    name: 'Sérum Facial',
    gender: 'm',
    category: FACIAL,
    code: 'SER',
    basePesos: 72_000,
    sizes: [size('30 ml', 'gotero30', 1)],
    howToUse: 'Aplica 4 gotas sobre el rostro limpio antes de la crema hidratante.',
  }),
  form({
    name: 'Tónico Facial',
    gender: 'm',
    category: FACIAL,
    code: 'TON',
    basePesos: 28_000,
    sizes: [size('120 ml', 'frasco100', 1), size('250 ml', 'frasco250', 1.7)],
    howToUse: 'Aplica con un algodón o rocía sobre el rostro después de la limpieza.',
  }),
  form({
    name: 'Mascarilla Facial',
    gender: 'f',
    category: FACIAL,
    code: 'MSC',
    basePesos: 36_000,
    sizes: [size('100 g', 'tarro100', 1)],
    howToUse: 'Aplica una capa uniforme, deja actuar 10 minutos y retira con agua tibia.',
  }),
  form({
    name: 'Exfoliante Corporal',
    gender: 'm',
    category: BANO,
    code: 'EXF',
    basePesos: 34_000,
    sizes: [size('200 g', 'tarro200', 1), size('400 g', 'tarro400', 1.7)],
    howToUse: 'Masajea sobre la piel húmeda con movimientos circulares y enjuaga. Dos veces por semana.',
  }),
  form({
    name: 'Jabón Artesanal',
    gender: 'm',
    category: BANO,
    code: 'JAB',
    basePesos: 18_000,
    sizes: [size('Unidad', 'barra', 1), size('Kit x3', 'barra3', 2.6)],
    howToUse: 'Haz espuma con las manos húmedas y aplica sobre rostro o cuerpo.',
  }),
  form({
    name: 'Gel de Ducha',
    gender: 'm',
    category: BANO,
    code: 'GEL',
    basePesos: 27_000,
    sizes: [size('250 ml', 'frasco250', 1), size('500 ml', 'frasco500', 1.6)],
    howToUse: 'Aplica sobre la piel húmeda, haz espuma y enjuaga.',
  }),
  form({
    name: 'Vela Aromática',
    gender: 'f',
    category: AROMA,
    code: 'VEL',
    basePesos: 44_000,
    sizes: [size('180 g', 'vela180', 1), size('300 g', 'vela300', 1.5)],
    howToUse: 'Enciende por periodos de máximo 3 horas y recorta la mecha antes de cada uso.',
    preparationDays: 1,
  }),
  form({
    name: 'Difusor de Varillas',
    gender: 'm',
    category: AROMA,
    code: 'DIF',
    basePesos: 52_000,
    sizes: [size('100 ml', 'difusor100', 1), size('200 ml', 'difusor200', 1.6)],
    howToUse: 'Introduce las varillas y voltéalas una vez por semana.',
  }),
  form({
    name: 'Bruma Aromática',
    gender: 'f',
    category: AROMA,
    code: 'BRU',
    basePesos: 32_000,
    sizes: [size('100 ml', 'frasco100', 1)],
    howToUse: 'Agita y rocía sobre textiles o en el ambiente a 30 cm de distancia.',
  }),
  form({
    name: 'Kit de Regalo',
    gender: 'm',
    category: KITS,
    code: 'KIT',
    basePesos: 120_000,
    sizes: [size('Estándar', 'kit', 1), size('Premium', 'kitGrande', 1.45)],
    howToUse: 'Cuéntanos en la nota del pedido el mensaje de la tarjeta.',
    preparationDays: 2,
    isKit: true,
  }),
  form({
    name: 'Caja de Bienestar',
    gender: 'f',
    category: KITS,
    code: 'CAJ',
    basePesos: 140_000,
    sizes: [size('Unidad', 'kit', 1)],
    howToUse: 'Sigue el ritual paso a paso que viene impreso dentro de la caja.',
    preparationDays: 3,
    isKit: true,
  }),
];

type Ingredient = { name: string; code: string; label: string; tags: TagSlug[] };

const INGREDIENTS: Ingredient[] = [
  { name: 'Lavanda', code: 'LAV', label: 'lavanda cultivada en Boyacá', tags: ['lavanda', 'relajante'] },
  { name: 'Eucalipto', code: 'EUC', label: 'eucalipto de la sabana', tags: ['eucalipto'] },
  { name: 'Coco', code: 'COC', label: 'aceite de coco del Pacífico', tags: ['coco', 'hidratante'] },
  { name: 'Café', code: 'CAF', label: 'café del Huila', tags: ['cafe', 'energizante'] },
  { name: 'Cacao', code: 'CAC', label: 'manteca de cacao de Santander', tags: ['hidratante'] },
  { name: 'Vainilla', code: 'VAI', label: 'vainilla natural', tags: ['relajante'] },
  { name: 'Mango', code: 'MNG', label: 'extracto de mango de Tolima', tags: ['hidratante'] },
  { name: 'Maracuyá', code: 'MAR', label: 'extracto de maracuyá', tags: ['energizante'] },
  { name: 'Guayaba', code: 'GUA', label: 'extracto de guayaba', tags: ['natural'] },
  { name: 'Lulo', code: 'LUL', label: 'extracto de lulo', tags: ['citricos'] },
  { name: 'Mandarina', code: 'MDN', label: 'aceite esencial de mandarina', tags: ['citricos', 'energizante'] },
  { name: 'Limón', code: 'LIM', label: 'aceite esencial de limón', tags: ['citricos'] },
  { name: 'Naranja', code: 'NAR', label: 'aceite esencial de naranja dulce', tags: ['citricos'] },
  { name: 'Rosa', code: 'ROS', label: 'hidrolato de rosas de la sabana', tags: ['natural'] },
  { name: 'Caléndula', code: 'CAL', label: 'macerado de caléndula', tags: ['piel-sensible'] },
  { name: 'Manzanilla', code: 'MZN', label: 'extracto de manzanilla', tags: ['piel-sensible', 'relajante'] },
  { name: 'Avena', code: 'AVE', label: 'avena coloidal', tags: ['piel-sensible'] },
  { name: 'Miel', code: 'MIE', label: 'miel de la Sierra Nevada', tags: ['hidratante'] },
  { name: 'Aloe Vera', code: 'ALO', label: 'aloe vera de La Guajira', tags: ['piel-sensible', 'hidratante'] },
  { name: 'Romero', code: 'ROM', label: 'aceite esencial de romero', tags: ['energizante'] },
  { name: 'Menta', code: 'MEN', label: 'menta piperita', tags: ['energizante'] },
  { name: 'Jengibre', code: 'JEN', label: 'raíz de jengibre', tags: ['energizante'] },
  { name: 'Canela', code: 'CAN', label: 'corteza de canela', tags: ['natural'] },
  { name: 'Té Verde', code: 'TEV', label: 'extracto de té verde', tags: ['natural'] },
  { name: 'Almendras', code: 'ALM', label: 'aceite de almendras dulces', tags: ['hidratante', 'piel-sensible'] },
  { name: 'Karité', code: 'KAR', label: 'manteca de karité', tags: ['hidratante'] },
  { name: 'Sándalo', code: 'SAN', label: 'aceite de sándalo', tags: ['relajante'] },
  { name: 'Hierbabuena', code: 'HIE', label: 'hierbabuena fresca', tags: ['energizante'] },
  { name: 'Uchuva', code: 'UCH', label: 'extracto de uchuva', tags: ['natural'] },
  { name: 'Flor de Jamaica', code: 'JAM', label: 'flor de Jamaica', tags: ['natural'] },
];

type Adjective = { m: string; f: string; benefit: string; tag?: TagSlug };

const ADJECTIVES: Adjective[] = [
  { m: 'Relajante', f: 'Relajante', benefit: 'Ayuda a soltar la tensión del día.', tag: 'relajante' },
  { m: 'Nutritivo', f: 'Nutritiva', benefit: 'Nutre y devuelve la suavidad a la piel seca.', tag: 'hidratante' },
  { m: 'Revitalizante', f: 'Revitalizante', benefit: 'Devuelve la vitalidad a la piel cansada.' },
  { m: 'Suave', f: 'Suave', benefit: 'Fórmula delicada para uso diario.', tag: 'piel-sensible' },
  { m: 'Calmante', f: 'Calmante', benefit: 'Calma la piel reactiva y enrojecida.', tag: 'piel-sensible' },
  { m: 'Purificante', f: 'Purificante', benefit: 'Retira impurezas y equilibra la piel.' },
  { m: 'Iluminador', f: 'Iluminadora', benefit: 'Aporta luminosidad y un tono uniforme.' },
  { m: 'Reparador', f: 'Reparadora', benefit: 'Repara la piel maltratada por el sol y el frío.' },
  { m: 'Refrescante', f: 'Refrescante', benefit: 'Frescura inmediata en tierra caliente.' },
  { m: 'Energizante', f: 'Energizante', benefit: 'Despierta los sentidos y aporta energía.', tag: 'energizante' },
  { m: 'Equilibrante', f: 'Equilibrante', benefit: 'Equilibra cuerpo y mente.' },
  { m: 'Intensivo', f: 'Intensiva', benefit: 'Cuidado intensivo para pieles muy secas.', tag: 'hidratante' },
];

const COLLECTIONS = ['Caribe', 'Andes', 'Pacífico', 'Amazonía', 'Llanos', 'Sierra Nevada', 'Eje Cafetero'];

/** Lower-case ASCII slug: accents stripped so "Jabón" and "jabon" land on the same URL. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Deterministic PRNG (mulberry32): the same N always produces the same catalogue. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Shelf prices end in 900 pesos, as in the hand-written catalogue. */
function shelfPriceCents(pesos: number): number {
  return (Math.max(2, Math.ceil(pesos / 1000)) * 1000 - 100) * 100;
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty seed vocabulary');
  return item;
}

/**
 * `count` extra products after the hand-written ones. Index i is read as a mixed-radix number
 * (form, ingredient, adjective, collection), so names are unique without a retry loop; past the
 * vocabulary's size an "Edición N" suffix keeps them unique.
 */
export function generateSyntheticProducts(count: number, takenSlugs: ReadonlySet<string>): SeedProduct[] {
  const random = createRandom(2026);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const combinations = FORMS.length * INGREDIENTS.length * ADJECTIVES.length * COLLECTIONS.length;
  const slugs = new Set(takenSlugs);
  const products: SeedProduct[] = [];
  for (let i = 0; i < count; i++) {
    let rest = i;
    const f = pick(FORMS, rest);
    rest = Math.floor(rest / FORMS.length);
    const ing = pick(INGREDIENTS, rest);
    rest = Math.floor(rest / INGREDIENTS.length);
    const adj = pick(ADJECTIVES, rest);
    rest = Math.floor(rest / ADJECTIVES.length);
    const collection = pick(COLLECTIONS, rest);
    const edition = Math.floor(i / combinations);
    const name = `${f.name} ${adj[f.gender]} de ${ing.name} · ${collection}${edition > 0 ? ` Edición ${edition + 1}` : ''}`;
    let slug = slugify(name);
    if (slugs.has(slug)) slug = `${slug}-${i}`;
    slugs.add(slug);

    const sequence = String(i + 1).padStart(5, '0');
    const variantCount = between(1, Math.min(3, f.sizes.length));
    const basePesos = f.basePesos * (0.85 + random() * 0.4);
    const variants = f.sizes.slice(0, variantCount).map((s, k): SeedVariant => {
      const priceCents = shelfPriceCents(basePesos * s.factor);
      const roll = random();
      const stock = roll < 0.05 ? 0 : roll < 0.15 ? between(1, 4) : between(5, 80);
      return {
        sku: `${f.code}-${ing.code}-${sequence}-${k + 1}`,
        name: s.name,
        priceCents,
        vipPriceCents: vipPriceCents(priceCents),
        stock,
        minOrderQuantity: 1,
        maxOrderQuantity: f.isKit ? 3 : 10,
        lowStockThreshold: between(3, 5),
        ...PACKS[s.pack],
        bulkDiscounts: [],
      };
    });
    const tags = [
      ...new Set<TagSlug>([...ing.tags, ...(adj.tag ? [adj.tag] : []), ...(f.isKit ? (['regalo'] as const) : [])]),
    ];
    products.push({
      slug,
      name,
      shortName: ing.name,
      categorySlug: f.category,
      description: `${f.name} de la colección ${collection}. Ingrediente estrella: ${ing.label}. ${adj.benefit} Producción en pequeños lotes en Colombia.`,
      benefits: `${adj.benefit}\nAroma natural de ${ing.name.toLowerCase()}.\nSin colorantes artificiales.`,
      howToUse: f.howToUse,
      preparationDays: f.preparationDays,
      isFeatured: false,
      tags,
      related: [],
      variants,
    });
  }
  return products;
}
