// What people see (issue 16), item by item, at desktop and phone widths.
import { expect, test } from '@playwright/test';
import { signInAsDemo, storageState } from './support';

test.describe('a lead’s choices survive a refused save (item 1)', () => {
  test.use({ storageState: storageState('lead') });

  test('the assessment and the "as of" year stay as chosen after one refusal and after another', async ({ page }) => {
    await page.goto('/updates');
    await page.getByRole('link', { name: 'Write the update: Numeracy, 2024-25 Q4' }).click();
    await expect(page.getByRole('heading', { name: 'Record progress: Numeracy' })).toBeVisible();
    await expect(page).toHaveTitle('Record progress: Numeracy, 2024-25 Q4 · Northstar');
    const assessment = page.getByLabel('Your assessment');
    await assessment.selectOption('AT_RISK');
    const grade3 = page.getByRole('table', { name: /Median mathematics scale score, grade 3/ });
    await grade3.getByLabel('All students number of students').fill('-3');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expect(grade3.getByText('Enter the number of students as a whole number, 0 or more.')).toBeVisible();
      await expect(assessment, `after refusal ${attempt}`).toHaveValue('AT_RISK');
      await expect(grade3.getByLabel('All students number of students')).toHaveValue('-3');
    }
    // The summary counts the problems and links each to its field, named with its measure (item 11).
    const summary = page.getByRole('alert').filter({ hasText: 'Please correct' });
    await expect(summary).toContainText('2 problems:');
    await summary.screenshot({ path: test.info().outputPath('error-summary.png') });
    await summary.getByRole('link', { name: 'Median mathematics scale score, grade 3: All students number of students' }).click();
    await expect(grade3.getByLabel('Median mathematics scale score, grade 3: All students number of students')).toBeFocused();
  });
});

test.describe('page titles name the page (item 12)', () => {
  test.use({ storageState: storageState('cabinet') });

  test('a goal page is titled by its goal', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: /Numeracy/ }).first().click();
    await expect(page).toHaveTitle(/^SO-2 Numeracy · Northstar$/);
  });

  test('the student-group checkboxes of a goal’s chart are named in words', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: /Literacy/ }).first().click();
    await expect(page).toHaveTitle(/^SO-1 Literacy · Northstar$/);
    await expect(page.getByRole('checkbox', { name: /, focus group$/ }).first()).toBeAttached();
    await expect(page.getByRole('checkbox', { name: /\w(focus|reference)$/ })).toHaveCount(0);
  });
});

test('public student-group bars start at zero: each bar is as long as its value (item 5)', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/scorecard/lacoe/2022-2025/goals/so-1');
    // Per table (each is drawn to its own largest value): the bars that are shown, with their values.
    const tables = await page.locator('table.scorecard-table').evaluateAll((list) =>
      list
        .map((table) =>
          [...table.querySelectorAll('tbody tr')].flatMap((row) => {
            const rect = row.querySelector('span.block')?.getBoundingClientRect();
            const value = Number((row.querySelector('td')?.textContent ?? '').replace(/[^0-9.]/g, ''));
            return rect && rect.width > 0 ? [{ width: rect.width, value }] : [];
          }),
        )
        .filter((bars) => bars.length > 0),
    );
    if (width === 390) {
      // On a phone the bar column gives way to the numbers.
      expect(tables).toEqual([]);
      continue;
    }
    expect(tables.length).toBeGreaterThan(0);
    for (const bars of tables) {
      const widest = Math.max(...bars.map((b) => b.width));
      const largest = Math.max(...bars.map((b) => b.value));
      for (const bar of bars) expect(bar.width / widest).toBeCloseTo(bar.value / largest, 1);
    }
    await page.screenshot({ path: test.info().outputPath(`group-bars-${width}.png`), fullPage: false });
  }
});

test.describe('focus goes where the person is (item 10)', () => {
  test('after signing in, the page starts at the top: the first Tab is the skip link', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsDemo(page, 'lead@example.org');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    // Opening a page inside the app puts focus on its heading, not on the vanished link.
    await page.getByRole('navigation').getByRole('link', { name: /^My updates/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'My updates' })).toBeFocused();
    await page.getByRole('link', { name: 'Write the update: Numeracy, 2024-25 Q4' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record progress: Numeracy' })).toBeFocused();
    await context.close();
  });
});

