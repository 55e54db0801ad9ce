// Adds up the JSON reports of vitest and Playwright into one closing line,
// "tests: N passed, N failed", so a reader (or CI) sees the whole suite's result at once.
import fs from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

function vitestCounts(file: string): Counts {
  const report = readJson(file) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  const report = readJson(file) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

// CI adds its own checks (such as the `npm start` smoke test) with --plus-passed N.
const plusIndex = process.argv.indexOf('--plus-passed');
const plus = plusIndex > 0 ? Number(process.argv[plusIndex + 1] ?? 0) : 0;
const parts = [
  vitestCounts('test-reports/vitest.json'),
  playwrightCounts('test-reports/playwright.json'),
  { passed: plus, failed: 0, skipped: 0 },
];
const total = parts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }));
console.log(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
