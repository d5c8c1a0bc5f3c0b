/** Colombia's 32 departments plus the capital district, as shoppers write them. */
export const COLOMBIAN_DEPARTMENTS = [
  'Amazonas',
  'Antioquia',
  'Arauca',
  'Atlántico',
  'Bogotá D.C.',
  'Bolívar',
  'Boyacá',
  'Caldas',
  'Caquetá',
  'Casanare',
  'Cauca',
  'Cesar',
  'Chocó',
  'Córdoba',
  'Cundinamarca',
  'Guainía',
  'Guaviare',
  'Huila',
  'La Guajira',
  'Magdalena',
  'Meta',
  'Nariño',
  'Norte de Santander',
  'Putumayo',
  'Quindío',
  'Risaralda',
  'San Andrés y Providencia',
  'Santander',
  'Sucre',
  'Tolima',
  'Valle del Cauca',
  'Vaupés',
  'Vichada',
] as const;

export type ColombianDepartment = (typeof COLOMBIAN_DEPARTMENTS)[number];

const ROAD_TYPES = [
  'calle',
  'cl',
  'cll',
  'carrera',
  'cra',
  'cr',
  'kr',
  'kra',
  'avenida',
  'av',
  'ak',
  'ac',
  'transversal',
  'tv',
  'tr',
  'diagonal',
  'dg',
  'circular',
  'cq',
];

// Road type first (whole word, optional dot), then "<number>[letter][bis][letter] [sur|este]",
// "#" or "No.", "<number>[letter]", a hyphen (spaces allowed), "<number>", then anything (Apto 301…).
const ROAD = `(?:${ROAD_TYPES.join('|')})\\.?`;
const PART = '\\d{1,3}\\s?[a-z]?(?:\\s?bis)?(?:\\s?[a-z])?';
const NUMBERING = new RegExp(
  `^\\s*${ROAD}\\s+${PART}(?:\\s+(?:sur|este))?\\s*(?:#|no\\.?|n[°º])\\s*${PART}\\s*-\\s*\\d{1,3}(?:\\b|$)`,
  'i',
);
const STARTS_WITH_ROAD = new RegExp(`^\\s*${ROAD}(?:\\s|$)`, 'i');

export type AddressLineProblem = 'ROAD_TYPE' | 'NUMBERING' | null;

/**
 * Checks a Colombian street address such as "Calle 123 #45-67", "Cra 7 # 12-34 Apto 301" or
 * "Carrera 64 #1C-87". Unlike the reference module it accepts letter suffixes and "No.", which are
 * everyday Colombian addresses (the spa's own address failed the old rule).
 */
export function addressLineProblem(line: string): AddressLineProblem {
  if (!STARTS_WITH_ROAD.test(line)) return 'ROAD_TYPE';
  if (!NUMBERING.test(line)) return 'NUMBERING';
  return null;
}

/** Colombian phone: a mobile (3xx xxx xxxx) or a landline with its 60X area prefix, optional +57. */
export function normalizeColombianPhone(raw: string): string | null {
  const digits = raw.replace(/[\s().-]/g, '').replace(/^\+?57(?=\d{10}$)/, '');
  return /^(3\d{9}|60[1-8]\d{7})$/.test(digits) ? digits : null;
}
