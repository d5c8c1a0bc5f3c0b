/**
 * Turns the opening hours the store writes for people ("Lunes a sábado, 9:00 a 19:00"; several
 * parts separated by ";" or ".", e.g. "Lunes a viernes, 8:00 a 18:00; domingo 10:00 a 14:00") into
 * schema.org OpeningHoursSpecification. Parts it cannot read are left out rather than guessed.
 */
const DAYS: Array<[RegExp, string]> = [
  [/^lunes$/, 'Monday'],
  [/^martes$/, 'Tuesday'],
  [/^miercoles$/, 'Wednesday'],
  [/^jueves$/, 'Thursday'],
  [/^viernes$/, 'Friday'],
  [/^sabados?$/, 'Saturday'],
  [/^domingos?$/, 'Sunday'],
];

export type OpeningHoursSpecification = {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: string[];
  opens: string;
  closes: string;
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

function dayIndex(word: string): number {
  return DAYS.findIndex(([re]) => re.test(word));
}

function time(h: string, m: string | undefined): string | null {
  const hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (hours > 24 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const PART =
  /^([a-z]+)(?:\s+a\s+([a-z]+))?\s*,?\s*(?:de\s+)?(\d{1,2})(?::(\d{2}))?\s*(?:a|-|–)\s*(\d{1,2})(?::(\d{2}))?$/;

export function parseOpeningHours(text: string): OpeningHoursSpecification[] {
  const specs: OpeningHoursSpecification[] = [];
  for (const raw of fold(text).split(/[;.\n]\s*(?=[a-z])/)) {
    const match = PART.exec(
      raw
        .replace(/\s+/g, ' ')
        .replace(/\s*(h|hrs?)\b/g, '')
        .trim(),
    );
    if (!match) continue;
    const [, fromDay, toDay, oh, om, ch, cm] = match;
    const from = dayIndex(fromDay!);
    const to = toDay ? dayIndex(toDay) : from;
    const opens = time(oh!, om);
    const closes = time(ch!, cm);
    if (from < 0 || to < 0 || to < from || !opens || !closes) continue;
    specs.push({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: DAYS.slice(from, to + 1).map(([, day]) => day),
      opens,
      closes,
    });
  }
  return specs;
}
