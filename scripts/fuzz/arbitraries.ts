import fc from 'fast-check';
import type { Schema } from './schema-check';

/** Values no sane field accepts, and the classic type confusions (issue #21's corpus). */
export const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  false,
  '',
  ' ',
  '0x10',
  '1e1',
  '-1',
  'NaN',
  [],
  [1],
  {},
  -1,
  0,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  'a\u0000b',
  'x\ud800y',
  '\udc00',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%E0%A4%A',
  '../../etc/passwd',
  '🌿'.repeat(300),
  'x'.repeat(5_000),
  '2024-02-30',
  '2024-02-30T10:00:00Z',
  '00000000-0000-0000-0000-000000000000',
];

/** Raw path segments: malformed escapes, encoded NUL and lone surrogates, traversal, huge. */
export const HOSTILE_SEGMENTS = [
  '%E0%A4%A',
  '%ZZ',
  '%',
  '%00',
  '%ED%A0%80',
  '%2F',
  '..',
  '%2e%2e',
  'x'.repeat(3_000),
  '%F0%9F%8C%BF',
  'a%20b',
  '-1',
  '0',
  'null',
  '00000000-0000-0000-0000-000000000000',
];

export const HOSTILE_QUERY = [
  '',
  '-1',
  '0',
  '0x10',
  '1e1',
  '1.5',
  'NaN',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(3_000),
  'true',
  '[]',
  '99999999999999999999',
  '2024-02-30',
];

/** A value for a schema: usually plausible (from its enum, bounds, format or the pool of real ids), sometimes hostile. */
export function valueFor(
  schema: Schema | undefined,
  pool: string[],
  components: Record<string, Schema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  const hostile = fc.constantFrom(...HOSTILE_VALUES);
  return fc.oneof(
    { weight: 3, arbitrary: plausible(schema, pool, components, depth) },
    { weight: 1, arbitrary: hostile },
  );
}

function plausible(
  schema: Schema | undefined,
  pool: string[],
  components: Record<string, Schema>,
  depth: number,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (typeof schema.$ref === 'string')
    return plausible(components[schema.$ref.replace('#/components/schemas/', '')], pool, components, depth + 1);
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options?.length) return fc.oneof(...options.map((s) => plausible(s, pool, components, depth + 1)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).find((t) => t !== 'null')
    : (schema.type as string | undefined);
  switch (type) {
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1_000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1_000_000;
      return fc.oneof(
        fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) }),
        fc.constantFrom(min - 1, max + 1, 100, 1),
      );
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'string': {
      if (schema.format === 'uuid') return pool.length ? fc.oneof(fc.constantFrom(...pool), fc.uuid()) : fc.uuid();
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 60;
      return fc.oneof(
        fc.string({ minLength: (schema.minLength as number) ?? 0, maxLength: Math.min(maxLength, 80) }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.constantFrom(
          'Cali',
          'Antioquia',
          'Valle del Cauca',
          'Calle 10 # 5-20',
          '3001234567',
          'Excelente producto',
          'PICKUP',
        ),
        fc.string({ minLength: maxLength + 1, maxLength: maxLength + 3 }),
      );
    }
    case 'array':
      return fc.array(plausible(schema.items as Schema, pool, components, depth + 1), { maxLength: 4 });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const entries = Object.entries(properties).map(([name, child]) => [
        name,
        required.has(name)
          ? fc.oneof(
              { weight: 9, arbitrary: valueFor(child, pool, components, depth + 1) },
              { weight: 1, arbitrary: fc.constant(undefined) },
            )
          : fc.oneof(valueFor(child, pool, components, depth + 1), fc.constant(undefined)),
      ]);
      const record = fc
        .record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>)
        .map((value) =>
          Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)),
        );
      return fc.oneof(
        { weight: 5, arbitrary: record },
        { weight: 1, arbitrary: record.map((v) => ({ ...v, unexpected: 'x' })) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
