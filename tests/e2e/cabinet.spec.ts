import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

test.describe('a cabinet member', () => {
  test.use({ storageState: storageState('cabinet') });

  test('reads the dashboard, the review queue, the board report and a goal on a phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 2, name: /^Division ×/ })).toBeVisible();
    const goal = await page.getByRole('main').getByRole('link', { name: 'Literacy', exact: true }).first().getAttribute('href');
    for (const path of ['/dashboard', '/review', '/dashboard/report', goal!]) {
      if (path !== '/dashboard') await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The division grid scrolls inside its card; nothing (not even its screen-reader text) widens the page.
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  });

  test('filters the dashboard by a division, opens a goal from the grid and sees its chart, table and history', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2025' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '12 goals by status' })).toBeVisible();
    const attention = page.getByRole('region', { name: 'Reported better than the data' });
    await expect(attention.getByRole('link', { name: /Student Wellbeing/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Division', { exact: true }).selectOption({ label: 'Curriculum and Instructional Services' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/division=/);
    await expect(page.getByRole('heading', { name: '2 goals by status' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Goals (2)' })).toBeVisible();
    await expect(page.getByLabel('Division', { exact: true })).toHaveValue(/.+/);

    // The grid cell of that division under Pillar 1 leads to its goals.
    const grid = page.getByRole('table', { name: /Status of each division/ });
    await grid.getByRole('link', { name: /Curriculum and Instructional Services, Improve Student Outcomes/ }).click();
    await expect(page).toHaveURL(/objective=.*#goals|division=.*objective=/);
    await page.getByRole('article', { name: /Numeracy/ }).getByRole('link', { name: 'Numeracy' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Numeracy' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /Pillar: Improve Student Outcomes/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Previous goal: Literacy/ })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const table = page.getByRole('table', { name: 'Values of Median mathematics scale score, grade 3' });
    await expect(table.getByRole('row', { name: /^2023-24 .* Approved/ })).toBeVisible();
    await expect(page.getByText(/^Median mathematics scale score, grade 3: [\d,]+ in 2023-24 against an expected [\d,]+: at risk\.$/)).toBeVisible();
    // The focus group's gap is its own series with its own target.
    await expect(page.getByRole('heading', { name: 'Gap: Justice-impacted youth behind All students' }).first()).toBeVisible();
    const updates = page.getByRole('region', { name: 'Progress updates' });
    await expect(updates.getByRole('article', { name: 'Update for 2024-25 Q2' })).toContainText('Approved');
    await expectNoAxeViolations(page);

    // Student groups can be added to the chart; All students always stays.
    const groups = page.getByRole('group', { name: 'Student groups shown' }).first();
    await expect(groups.getByLabel(/All students/)).toBeDisabled();
    await groups.getByLabel('English learners').check();
    await expect(page.locator('.recharts-legend-item', { hasText: 'English learners' }).first()).toBeVisible();
  });

  test('looks back at the dashboard as it stood at the end of a past quarter', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByLabel('As of').selectOption({ label: 'End of 2024-25 Q1' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/period=2024-25-Q1/);
    await expect(page.getByText(/As it stood at the end of 2024-25 Q1/)).toBeVisible();
    // Before the 2023-24 annual results were approved, the literacy goal showed 2022-23 values.
    await expect(page.getByRole('article', { name: /Literacy/ }).getByText('2022-23').first()).toBeVisible();
    await expect(page.getByRole('region', { name: /Updates missing or late for 2024-25 Q1/ })).toContainText('Student Support Services');
    await expectNoAxeViolations(page);
  });

  test('prints the board report and downloads its figures as CSV', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: 'Board report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Board report: Strategic Plan 2022–2025' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
    await expectNoAxeViolations(page);

    // What the page shows, measure by measure: goal code and latest value.
    const shown: string[] = [];
    for (const goal of await page.getByRole('article').all()) {
      const code = (await goal.getByRole('heading', { level: 3 }).locator('span').textContent())!.trim();
      for (const row of await goal.locator('tbody tr').all()) {
        const latest = (await row.locator('td').nth(1).locator('span').first().textContent())!.replace(/[,%$]/g, '');
        shown.push(`${code} ${Number(latest)}`);
      }
    }
    expect(shown.length).toBeGreaterThan(12);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('lacoe-2022-2025-board-report.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')));
    const codeAt = header!.indexOf('Goal code');
    const valueAt = header!.indexOf('Latest value');
    expect(rows.map((r) => `${r[codeAt]} ${Number(r[valueAt])}`)).toEqual(shown);

    // Printed on Letter without the navigation.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  });
});
