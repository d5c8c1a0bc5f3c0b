/**
 * Writes lib/http/api-routes.generated.ts: every /api route and its methods, read from
 * app/api/**\/route.ts. The production server uses it to answer unknown paths 404 and wrong methods
 * 405 with Allow in JSON (lib/http/api-edge.ts); lib/http/api-routes.test.ts fails when it is stale.
 *
 *   npm run api:routes
 */
import fs from 'node:fs';
import { renderApiRoutesModule } from '../lib/http/render-api-routes';
import { scanApiRoutes } from '../lib/http/scan-api-routes';

fs.writeFileSync('lib/http/api-routes.generated.ts', renderApiRoutesModule(scanApiRoutes()));
console.log('lib/http/api-routes.generated.ts written');
