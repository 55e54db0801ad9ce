// Developer tool: screenshots of the cabinet pages (dashboard, a goal, the board report and
// its print layout) at projector, tablet and phone widths, for review.
//   npx tsx scripts/cabinet-screenshots.ts [baseUrl] [outDir] [goalTitle]
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? '.data/screenshots';
const goalTitle = process.argv[4] ?? 'Literacy';
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const [label, width, height] of [['projector', 1280, 800], ['tablet', 768, 1024], ['phone', 390, 844]] as const) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill('cabinet@example.org');
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/dashboard/);
  const shot = async (name: string, path: string) => {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
  };
  await shot('dashboard', '/dashboard');
  await page.screenshot({ path: `${out}/dashboard-fold-${label}.png` });
  const goalHref = await page.getByRole('link', { name: goalTitle, exact: true }).first().getAttribute('href');
  await shot('goal', goalHref ?? '/dashboard');
  await shot('report', '/dashboard/report');
  if (label === 'projector') {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 816, height: 1056 });
    await page.screenshot({ path: `${out}/report-print.png`, fullPage: true });
    await page.pdf({ path: `${out}/report.pdf`, format: 'Letter', printBackground: true });
  }
  await context.close();
}
await browser.close();
console.log(`Screenshots in ${out}`);
