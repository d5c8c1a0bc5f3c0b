import fs from 'node:fs';
import path from 'node:path';

export type ApiRouteEntry = { path: string; methods: string[]; file: string };

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Every `app/api/**\/route.ts` with the HTTP methods it exports, read from the source (tests and the
 * generator `npm run api:routes`). Paths use OpenAPI templates: `[id]` → `{id}`, `[...x]` → `{x*}`.
 */
export function scanApiRoutes(root = process.cwd()): ApiRouteEntry[] {
  const base = path.join(root, 'app', 'api');
  const entries: ApiRouteEntry[] = [];
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name === 'route.ts') entries.push(describe(root, full));
    }
  };
  walk(base);
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

function describe(root: string, file: string): ApiRouteEntry {
  const source = fs.readFileSync(file, 'utf8');
  const exported = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
    exported.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g))
    for (const name of match[1]!.split(',').map((part) => part.split(':')[0]!.trim()))
      if ((METHODS as readonly string[]).includes(name)) exported.add(name);
  const relative = path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep);
  const template = relative
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const rest = /^\[\[?\.\.\.(.+?)\]?\]$/.exec(segment);
      if (rest) return `{${rest[1]}*}`;
      const param = /^\[(.+)\]$/.exec(segment);
      return param ? `{${param[1]}}` : segment;
    });
  return {
    path: `/${template.join('/')}`,
    methods: METHODS.filter((m) => exported.has(m)),
    file: path.relative(root, file).split(path.sep).join('/'),
  };
}
