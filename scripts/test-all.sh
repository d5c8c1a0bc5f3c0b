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
# Both reuse the E2E step's build (they rebuild only when a source is newer than .next/BUILD_ID).
step "Fuzz (seeded, CI size: every door x persona)"; npm run test:fuzz:ci
step "Two instances over one PostgreSQL"; npm run test:instances
