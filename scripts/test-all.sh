#!/usr/bin/env bash
# `npm test`: every tier, cheapest first, stopping at the first red one.
set -euo pipefail
step() { echo; echo "━━ $1"; }
step "Tipos (tsc)";            npx tsc --noEmit
step "Lint (eslint)";          npx eslint . --max-warnings=0
step "Migraciones al día";     npx drizzle-kit check
step "Unitarias (vitest)";     npx vitest run --project unit
step "Integración (vitest + PostgreSQL)"; npx vitest run --project integration
step "Compilación (next build)"; NEXT_TELEMETRY_DISABLED=1 npx next build
step "E2E (Playwright + Chromium)"; E2E_SKIP_BUILD=1 npx tsx scripts/e2e.ts
