import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

test.describe('anonymous visitors', () => {
  test('are sent to the login page from signed-in areas', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('read the public scorecard without signing in', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Strategic Plan 2022–2025' }).click();
    await expect(page).toHaveURL(/\/scorecard\/lacoe\/2022-2025$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2025' })).toBeVisible();
    await expect(page.getByText('A culture of excellence in ALL we do.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Improve Student Outcomes' })).toBeVisible();
    await expect(page.getByText('28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%')).toBeVisible();
    await expect(page.getByText('Demo data.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('a division lead', () => {
  test.use({ storageState: storageState('lead') });

  test('records a value and sees it on the dashboard and the goal page', async ({ page }) => {
    await page.goto('/updates');
    await expect(page.getByRole('heading', { name: 'My updates' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Record progress for Literacy' }).click();
    await expect(page.getByRole('heading', { name: 'Record progress: Literacy' })).toBeVisible();

    await page.getByLabel('Reporting quarter').selectOption({ label: '2024-25 Q4' });
    await page.getByRole('button', { name: 'Open quarter' }).click();
    await expect(page).toHaveURL(/period=/);
    await expectNoAxeViolations(page);

    const firstValue = page.getByLabel('Value').first();
    await firstValue.fill('ninety');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    // Beside the field (the summary above the form repeats it, as a link to the field).
    await expect(page.locator('.field-error').filter({ hasText: 'Enter a number, such as 31.2.' })).toBeVisible();
    await expect(firstValue).toHaveValue('ninety');

    await firstValue.fill('2,418');
    await page.getByLabel('Narrative').fill('Coaching cycles reached 40 schools.\n<script>alert(1)</script>');
    await page.getByLabel('Your assessment').selectOption('ON_TRACK');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();

    await page.goto('/dashboard');
    await expectNoAxeViolations(page);
    const literacy = page.getByRole('article', { name: /Literacy/ });
    await expect(literacy.getByText('2,418')).toBeVisible();
    await expect(literacy.getByText(/2024-25 · Submitted, awaiting review/)).toBeVisible();

    await literacy.getByRole('link', { name: 'Literacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Literacy' })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const table = page.getByRole('table', { name: /Values of Median ELA scale score/ }).first();
    await expect(table.getByRole('row', { name: /2024-25 2,418 2024-25 Q4 Submitted, awaiting review/ })).toBeVisible();
    // The narrative is shown as text, never as HTML.
    await expect(page.getByText('<script>alert(1)</script>').first()).toBeVisible();
    // …and no script element was made from it.
    expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.trim() === 'alert(1)'))).toBe(false);
    await expectNoAxeViolations(page);
  });
});

test.describe('a lead of another division', () => {
  test.use({ storageState: storageState('lead2') });

  test('finds no way to edit a goal their division does not own', async ({ page }) => {
    await page.goto('/updates');
    await expect(page.getByRole('link', { name: 'Record progress for Justice-Impacted Youth Programs' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Record progress for Literacy/ })).toHaveCount(0);

    await page.goto('/dashboard');
    await page.getByRole('article', { name: /Literacy/ }).getByRole('link', { name: 'Literacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Literacy' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Record progress' })).toHaveCount(0);

    const goalId = page.url().split('/goals/')[1];
    await page.goto(`/updates/${goalId}`);
    await expect(page.getByRole('heading', { name: 'You cannot record progress for this goal' })).toBeVisible();
    await expect(page.getByLabel('Value')).toHaveCount(0);
  });
});
