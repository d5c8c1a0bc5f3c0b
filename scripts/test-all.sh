#!/usr/bin/env bash
# `npm test`: every tier, cheapest first, stopping at the first red one.
set -euo pipefail
step() { echo; echo "━━ $1"; }
step "Types (tsc)";            npx tsc --noEmit
step "Format (prettier)";     npx prettier --check . --log-level warn
step "Lint (eslint)";          npx eslint . --max-warnings=0
step "Migrations in sync (drizzle-kit check)";     npx drizzle-kit check
step "Unit (vitest)";     npx vitest run --project unit
step "OpenAPI lint (redocly, recommended rules)"; npx tsx scripts/lint-openapi.ts
step "Integration (vitest + PostgreSQL)"; npx vitest run --project integration
# The build prerenders the catalogue, so it needs a migrated database: the E2E runner builds against its own.
step "Build and E2E (next build, Playwright + Chromium)"; npx tsx scripts/e2e.ts
step "Fuzz (fast-check over the OpenAPI document, production build)"; FUZZ_SKIP_BUILD=1 npx tsx scripts/test-fuzz.ts
step "Two instances over one PostgreSQL (about 90 s)"; npx tsx scripts/test-instances.ts
