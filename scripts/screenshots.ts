// Developer tool: screenshots of the main pages at desktop and phone widths, for review.
//   npx tsx scripts/screenshots.ts [baseUrl] [outDir] [only-name-prefix]
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? '.data/screenshots';
const only = process.argv[4] ?? '';
fs.mkdirSync(out, { recursive: true });

async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/dashboard/);
}

const browser = await chromium.launch({
  executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const [label, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const shot = async (name: string, path: string) => {
    if (!name.startsWith(only)) return;
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
  };
  await shot('home', '/');
  await shot('scorecard', '/scorecard/lacoe/2022-2025');
  await shot('scorecard-es', '/es/scorecard/lacoe/2022-2025');
  await shot('public-goal', '/scorecard/lacoe/2022-2025/goals/so-1');
  await shot('public-goal-es', '/es/scorecard/lacoe/2022-2025/goals/so-1');
  await shot('not-found', '/scorecard/nowhere');
  await shot('not-found-es', '/es/scorecard/lacoe/no-existe');
  if (process.argv.includes('--public')) {
    await context.close();
    continue;
  }
  await shot('login', '/login');
  await signIn(page, 'lead@example.org');
  await shot('dashboard', '/dashboard');
  const goalHref = await page.getByRole('link', { name: 'Literacy', exact: true }).first().getAttribute('href');
  await shot('goal', goalHref ?? '/dashboard');
  await shot('updates', '/updates');
  await shot('update-form', `/updates/${goalHref?.split('/').pop()}`);
  await signIn(page, 'cabinet@example.org');
  await shot('review', '/review');
  await signIn(page, 'admin@example.org');
  await shot('admin', '/admin');
  await shot('periods', '/admin/periods');
  await shot('admin-plans', '/admin/plans');
  await shot('admin-plan-new', '/admin/plans/new');
  await shot('admin-users', '/admin/users');
  await shot('admin-divisions', '/admin/divisions');
  await shot('admin-student-groups', '/admin/student-groups');
  await shot('goal-admin', goalHref ?? '/dashboard');
  await context.close();
}
await browser.close();
console.log(`Screenshots in ${out}`);
