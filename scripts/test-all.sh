#!/usr/bin/env bash
# `npm test`: type-check, lint, unit and integration tests, then browser tests.
# Uses DATABASE_URL (a real PostgreSQL) when set, the embedded database otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }

step "Prisma client"
npm run --silent db:generate
step "Type check"
npx tsc --noEmit
step "Lint"
npx eslint . --max-warnings=0
step "Unit and integration tests"
npx vitest run
step "Browser tests"
npx playwright test
