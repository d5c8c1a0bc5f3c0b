/**
 * Does a value fit an OpenAPI 3.1 schema? The subset zod-to-openapi emits (type, enum, const,
 * properties/required, items, anyOf/oneOf/allOf, bounds, lengths, pattern, uuid/date-time formats,
 * `$ref` into components). Used by the fuzz suite to tell a request outside the document from one
 * inside it; anything it does not understand counts as fitting (never a false alarm).
 */
export type Schema = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fits(value: unknown, schema: Schema | undefined, components: Record<string, Schema> = {}): boolean {
  if (!schema || typeof schema !== 'object') return true;
  if (typeof schema.$ref === 'string') {
    return fits(value, components[schema.$ref.replace('#/components/schemas/', '')], components);
  }
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as Schema[]).some((s) => fits(value, s, components))) return false;
  if (Array.isArray(schema.oneOf) && !(schema.oneOf as Schema[]).some((s) => fits(value, s, components))) return false;
  if (Array.isArray(schema.allOf) && !(schema.allOf as Schema[]).every((s) => fits(value, s, components))) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : null;
  if (types && !types.some((type) => isType(value, type))) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
    if (schema.format === 'uuid' && !UUID.test(value)) return false;
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (schema.items && !value.every((item) => fits(item, schema.items as Schema, components))) return false;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in record)) return false;
    for (const [name, child] of Object.entries(record)) {
      if (properties[name]) {
        if (!fits(child, properties[name], components)) return false;
      } else if (schema.additionalProperties === false) return false;
      else if (
        typeof schema.additionalProperties === 'object' &&
        !fits(child, schema.additionalProperties as Schema, components)
      )
        return false;
    }
  }
  return true;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

/** A query-string value (always text) against a parameter schema: digits for integers, words for booleans. */
export function queryValueFits(text: string, schema: Schema | undefined, components: Record<string, Schema>): boolean {
  // `?page=` is how an HTML GET form sends an empty field: the admin lists read it as "not given".
  if (!schema || text === '') return true;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  if (types.includes('integer') || types.includes('number')) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return false;
    return fits(Number(text), schema, components);
  }
  if (types.includes('boolean')) return text === 'true' || text === 'false';
  return fits(text, schema, components);
}
