import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const PLAN = '/scorecard/lacoe/2022-2025';
const GOAL = `${PLAN}/goals/so-1`;

const LANGS = [
  {
    lang: 'en',
    prefix: '',
    plan: 'Strategic Plan 2022–2025',
    pillar: 'Improve Student Outcomes',
    goal: 'Literacy',
    target: '28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%',
    switchTo: 'Leer en español',
    groups: 'Results by student group, 2023-24',
    footnote: /Withheld to protect student privacy/,
  },
  {
    lang: 'es',
    prefix: '/es',
    plan: 'Plan Estratégico 2022–2025',
    pillar: 'Mejorar los resultados de los estudiantes',
    goal: 'Lectoescritura',
    target: '28.1% para junio de 2025 — 10% por debajo de la línea de base 2021-22 de 31.2%',
    switchTo: 'Read in English',
    groups: 'Resultados por grupo de estudiantes, 2023-24',
    footnote: /Oculto para proteger la privacidad/,
  },
] as const;

async function hasNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

for (const l of LANGS) {
  test.describe(`the public scorecard in ${l.lang}`, () => {
    test('renders without signing in, in its language, with no axe violations', async ({ page }) => {
      const response = await page.goto(`${l.prefix}${PLAN}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.getByRole('heading', { level: 1, name: l.plan })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: l.pillar })).toBeVisible();
      await expect(page.getByText(l.target)).toBeVisible();
      // A goal the demo plan leaves untranslated is shown in English and marked so.
      if (l.lang === 'es') await expect(page.locator('[lang="en"]', { hasText: 'BEST Project' }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('a goal page renders without signing in, with suppression explained, and no axe violations', async ({ page }) => {
      await page.goto(`${l.prefix}${PLAN}`);
      await page.getByRole('link', { name: l.goal, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}${GOAL}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.getByRole('heading', { level: 1, name: l.goal })).toBeVisible();
      await expect(page.getByRole('heading', { name: l.groups }).first()).toBeVisible();
      const groups = page.getByRole('table').filter({ hasText: l.lang === 'en' ? 'Pacific Islander' : 'islas del Pacífico' }).first();
      await expect(groups.getByRole('row', { name: /Pacific|Pacífico/ }).getByRole('cell').first()).toHaveText('*');
      await expect(page.getByText(l.footnote)).toBeVisible();
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the language switch keeps the place', async ({ page }) => {
      await page.goto(`${l.prefix}${GOAL}`);
      await page.getByRole('link', { name: l.switchTo }).click();
      const other = LANGS.find((x) => x.lang !== l.lang)!;
      await expect(page).toHaveURL(new RegExp(`${other.prefix}${GOAL}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
      await expect(page.getByRole('heading', { level: 1, name: other.goal })).toBeVisible();
    });

    for (const [width, height] of [
      [390, 844],
      [320, 640],
    ] as const) {
      test(`fits a ${width}-pixel-wide phone without horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        for (const path of ['', PLAN, GOAL]) {
          await page.goto(`${l.prefix}${path}` || '/');
          await expect(page.locator('main')).toBeVisible();
          await hasNoHorizontalScroll(page);
        }
      });
    }
  });
}

test.describe('the public pages', () => {
  test('answer 404 for unknown organizations, plans and goals', async ({ request }) => {
    for (const path of ['/scorecard/nowhere', '/scorecard/lacoe/no-plan', `${PLAN}/goals/xx-9`, `/es${PLAN}/goals/xx-9`, '/scorecard/x/y/data.csv']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('offer open data with the same figures as the goal page', async ({ page, request }) => {
    const csv = await request.get(`${PLAN}/data.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const json = await (await request.get(`${PLAN}/data.json`)).json();
    expect(json.schemaVersion).toBe(1);
    const row = (code: string) =>
      json.rows.find(
        (r: Record<string, unknown>) => r.measure_code === 'ELA-G3' && r.as_of_period === '2023-24' && r.student_group_code === code,
      );
    await page.goto(GOAL);
    const table = page.getByRole('table', { name: /Median ELA scale score, grade 3: results by student group, 2023-24/ });
    for (const [code, name] of [
      ['HI', 'Hispanic or Latino'],
      ['AA', 'Black or African American'],
      ['PI', 'Native Hawaiian or Pacific Islander'],
      ['AI', 'American Indian or Alaska Native'],
    ] as const) {
      const cell = table.getByRole('row', { name }).getByRole('cell').first();
      const r = row(code);
      await expect(cell).toHaveText(r.value === null ? '*' : Number(r.value).toLocaleString('en-US'));
    }
    expect((await csv.text()).split('\r\n')[0]).toContain('objective,priority,goal_code');
  });

  test('preview well when shared: a share image per goal, in the page\'s language', async ({ page, request }) => {
    for (const path of [GOAL, `/es${GOAL}`]) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image, path).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}/og\\.png$`));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const png = await request.get(new URL(image!).pathname);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      const body = await png.body();
      expect(body.subarray(1, 4).toString()).toBe('PNG');
      // 1200 × 630, from the PNG header.
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect((await request.get(`${PLAN}/goals/no-such-goal/og.png`)).status()).toBe(404);
    expect((await request.get(`/es${PLAN}/data.csv`)).status()).toBe(200);
  });

  test('are plain documents: no JavaScript at all, yet every link and chart works', async ({ page }, testInfo) => {
    for (const path of ['/', PLAN, GOAL, `/es${GOAL}`]) {
      const scripts: string[] = [];
      const onRequest = (r: import('@playwright/test').Request) => void (r.resourceType() === 'script' && scripts.push(r.url()));
      page.on('request', onRequest);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      page.off('request', onRequest);
      const html = (await response!.text()) ?? '';
      const gzipKb = zlib.gzipSync(Buffer.from(html)).length / 1024;
      testInfo.annotations.push({ type: 'page-gzip-kb', description: `${path}: HTML ${gzipKb.toFixed(1)} KB gzip, ${scripts.length} scripts` });
      expect(scripts, path).toEqual([]);
      expect(html, path).not.toMatch(/<script(?![^>]*application\/(ld\+)?json)/);
      await expect(page.getByRole('main')).toBeVisible();
    }
    // Without scripts, links are ordinary navigations: the language switch still keeps the place.
    await page.goto(GOAL);
    await page.getByRole('link', { name: /español/i }).first().click();
    await expect(page).toHaveURL(new RegExp(`/es${GOAL}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
