#!/usr/bin/env bash
# `npm test`: type-check, lint, unit and integration tests, then browser tests, and one
# closing line with the totals. Uses DATABASE_URL (a real PostgreSQL) when set, the
# embedded database otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }
mkdir -p test-reports
rm -f test-reports/vitest.json test-reports/playwright.json

step "Prisma client"
npm run --silent db:generate || exit 1
step "Type check"
npx tsc --noEmit || exit 1
step "Lint"
npx eslint . --max-warnings=0 || exit 1

status=0
step "Unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || status=1
step "Browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || status=1

echo
npx tsx scripts/test-summary.ts || status=1
exit $status
