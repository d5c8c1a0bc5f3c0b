import type { OpenApiDocument } from '@/lib/openapi/document';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  $ref?: string;
  items?: Schema;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  anyOf?: Schema[];
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

/** A short human description of a JSON schema: "integer (1–100, por defecto 20)", "ProductSummary[]". */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return '—';
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return schema.anyOf.map(describeSchema).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object']).filter((t) => t !== 'null');
  const nullable = Array.isArray(schema.type) && schema.type.includes('null');
  let text = types[0] === 'array' ? `${describeSchema(schema.items)}[]` : types.join(' | ');
  const bounds = [schema.minimum, schema.maximum].some((b) => b !== undefined)
    ? `${schema.minimum ?? ''}–${schema.maximum ?? ''}`
    : '';
  const extras = [bounds, schema.default !== undefined ? `por defecto ${JSON.stringify(schema.default)}` : '']
    .filter(Boolean)
    .join(', ');
  if (extras) text += ` (${extras})`;
  return nullable ? `${text} | null` : text;
}

function slugOf(method: string, path: string): string {
  return `${method}-${path}`
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** The OpenAPI document as a readable page: endpoints grouped by tag, then the shared schemas. */
export function ApiReference({ document }: { document: OpenApiDocument }) {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = (item as Record<string, Operation | undefined>)[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  const groups = new Map<string, typeof operations>();
  for (const entry of operations) {
    const tag = entry.op.tags?.[0] ?? 'Otros';
    groups.set(tag, [...(groups.get(tag) ?? []), entry]);
  }
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>);

  return (
    <div className="space-y-12">
      <nav aria-label="Contenido de la referencia" className="rounded-2xl border border-sand-200 bg-white p-4">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {operations.map(({ path, method, op }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${slugOf(method, path)}`} className="text-brand-800 hover:underline">
                <span className="font-mono font-semibold uppercase">{method}</span>{' '}
                <span className="font-mono">{path}</span>
                {op.summary ? <span className="text-stone-600"> — {op.summary}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {[...groups.entries()].map(([tag, entries]) => (
        <section key={tag} aria-labelledby={`grupo-${tag}`}>
          <h2 id={`grupo-${tag}`} className="font-serif text-2xl text-brand-900">
            {tag}
          </h2>
          <div className="mt-4 space-y-6">
            {entries.map(({ path, method, op }) => (
              <article
                key={`${method} ${path}`}
                id={slugOf(method, path)}
                className="scroll-mt-24 rounded-2xl border border-sand-200 bg-white p-5"
              >
                <h3 className="font-mono text-lg text-stone-900">
                  <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white uppercase">
                    {method}
                  </span>
                  {path}
                </h3>
                {op.summary ? <p className="mt-2 font-semibold text-stone-900">{op.summary}</p> : null}
                {op.description ? <p className="mt-1 text-stone-700">{op.description}</p> : null}
                {op.parameters?.length ? (
                  <div className="mt-4 overflow-x-auto">
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">Parámetros de {path}</caption>
                      <thead className="text-stone-600">
                        <tr>
                          <th scope="col" className="py-1 pr-4 font-medium">
                            Parámetro
                          </th>
                          <th scope="col" className="py-1 pr-4 font-medium">
                            En
                          </th>
                          <th scope="col" className="py-1 pr-4 font-medium">
                            Tipo
                          </th>
                          <th scope="col" className="py-1 font-medium">
                            Descripción
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {op.parameters.map((p) => (
                          <tr key={`${p.in}-${p.name}`} className="border-t border-sand-100 align-top">
                            <td className="py-1.5 pr-4 font-mono">
                              {p.name}
                              {p.required ? <span className="text-clay-600"> *</span> : null}
                            </td>
                            <td className="py-1.5 pr-4">
                              {p.in === 'query' ? 'consulta' : p.in === 'path' ? 'ruta' : p.in}
                            </td>
                            <td className="py-1.5 pr-4 font-mono text-xs">{describeSchema(p.schema)}</td>
                            <td className="py-1.5 text-stone-700">{p.description ?? p.schema?.description ?? ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                {op.requestBody?.content?.['application/json']?.schema ? (
                  <p className="mt-3 text-sm">
                    <span className="font-semibold">Cuerpo JSON:</span>{' '}
                    <span className="font-mono text-xs">
                      {describeSchema(op.requestBody.content['application/json'].schema)}
                    </span>
                  </p>
                ) : null}
                <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  {Object.entries(op.responses ?? {}).map(([status, response]) => (
                    <div key={status} className="contents">
                      <dt className="font-mono font-semibold">{status}</dt>
                      <dd className="text-stone-700">
                        {response.description}
                        {response.content?.['application/json']?.schema ? (
                          <span className="ml-1 font-mono text-xs text-stone-600">
                            → {describeSchema(response.content['application/json'].schema)}
                          </span>
                        ) : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              </article>
            ))}
          </div>
        </section>
      ))}

      <section aria-labelledby="esquemas">
        <h2 id="esquemas" className="font-serif text-2xl text-brand-900">
          Esquemas
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {schemas.map(([name, schema]) => (
            <article key={name} id={`esquema-${name}`} className="rounded-2xl border border-sand-200 bg-white p-5">
              <h3 className="font-mono text-lg text-stone-900">{name}</h3>
              <dl className="mt-3 space-y-1 text-sm">
                {Object.entries(schema.properties ?? {}).map(([prop, propSchema]) => (
                  <div key={prop} className="flex flex-wrap gap-x-2">
                    <dt className="font-mono">
                      {prop}
                      {schema.required?.includes(prop) ? '' : '?'}
                    </dt>
                    <dd className="font-mono text-xs text-stone-600">{describeSchema(propSchema)}</dd>
                    {propSchema.description ? (
                      <dd className="w-full pl-4 text-stone-700">{propSchema.description}</dd>
                    ) : null}
                  </div>
                ))}
              </dl>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
