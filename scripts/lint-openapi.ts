/**
 * `npm run lint:openapi [-- <url>]`: Redocly's recommended rules over the OpenAPI document, failing on
 * any error (warnings are printed). With a URL it lints the document a running server serves
 * (`npm run test:fuzz` passes its own); without one it builds the same document in process.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from './lib/run-command';

export async function lintOpenApi(source?: string): Promise<void> {
  let document: unknown;
  if (source) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    document = await response.json();
  } else {
    process.env.APP_URL ??= 'https://tienda.botica.example';
    const { buildOpenApiDocument } = await import('../lib/openapi/document');
    document = buildOpenApiDocument();
  }
  const file = path.join(os.tmpdir(), `botica-openapi-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(document));
  // Recommended ruleset; exits non-zero on errors only.
  await runCommand('npx', ['redocly', 'lint', file, '--extends=recommended', '--format=summary']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  lintOpenApi(process.argv[2]).catch((error: unknown) => {
    console.error(`✖ OpenAPI lint: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
