import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test.describe('the other organizations’ administrators', () => {
  test('San Mateo COE’s administrator sees its plan, and cannot open LACOE’s', async ({ page }) => {
    await signIn(page, 'admin@smcoe.example.org');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2023–2028' })).toBeVisible();
    await expect(page.getByText('San Mateo County Office of Education').first()).toBeVisible();
    await expect(page.getByText('The plan states no desired outcomes yet.')).toBeVisible();
    await expectNoAxeViolations(page);
    // LACOE's plan is not theirs to open.
    // The dashboard streams, so the refusal is its not-found page rather than a status code.
    await page.goto('/dashboard?plan=2022-2025');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2025' })).toHaveCount(0);
  });

  test('LAUSD’s administrator sees its plan', async ({ page }) => {
    await signIn(page, 'admin@lausd.example.org');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2026' })).toBeVisible();
    await expect(page.getByText('Los Angeles Unified School District').first()).toBeVisible();
    await expect(page.getByText('The plan states no measures of success yet.')).toBeVisible();
    await expectNoAxeViolations(page);
    // The dashboard streams, so the refusal is its not-found page rather than a status code.
    await page.goto('/dashboard?plan=2025-2028');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2025–2028' })).toHaveCount(0);
  });
});

test.describe('LACOE’s administrator', () => {
  test.use({ storageState: storageState('admin') });

  test('opens 2022-25 by default and the 2025-28 draft by its slug', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2025' })).toBeVisible();

    await page.goto('/dashboard?plan=2025-2028');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2025–2028' })).toBeVisible();
    // Objective headings may carry their level label ("Objective 1"); goal cards name their key priority.
    for (const objective of ['Students', 'Excellence']) {
      await expect(page.getByRole('heading', { name: new RegExp(`${objective}$`) })).toBeVisible();
    }
    await expect(page.getByText('Key priority: Literacy')).toBeVisible();
    await expect(page.getByText('Key priority: BEST Project')).toBeVisible();
    await expect(page.getByRole('link', { name: 'View public scorecard' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/dashboard?plan=2022-2025');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2025' })).toBeVisible();
  });
});

test('the public home page lists the three published seed plans, and not the draft', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Strategic Plan 2022–2025', 'Strategic Plan 2023–2028', 'Strategic Plan 2022–2026']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Strategic Plan 2025–2028' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Strategic Plan 2023–2028', exact: true }).click();
  await expect(page).toHaveURL(/\/scorecard\/smcoe\/2023-2028$/);
  await expect(page.getByText('Excellence and Equity in Education – Every Student, Every Educator, and Every School')).toBeVisible();
  // Its four goals under its own level names; the text gives no objectives or outcomes under them.
  await expect(page.getByRole('heading', { name: 'Support Whole-Child Student Outcomes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Embody One SMCOE Vision and Values' })).toBeVisible();
  await expect(page.getByText('The plan’s published text lists nothing under this heading yet.')).toHaveCount(4);
  await expectNoAxeViolations(page);

  await page.goto('/scorecard/lausd/2022-2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategic Plan 2022–2026' })).toBeVisible();
  for (const pillar of [
    'Rigorous and Responsive Academic Programs to Achieve Excellence for All',
    'Development and Uplifting of Talented Staff to Serve All Students',
  ]) {
    await expect(page.getByRole('heading', { name: pillar })).toBeVisible();
  }
  await expect(page.getByText('The plan’s published text lists nothing under this heading yet.')).toHaveCount(5);
  await expectNoAxeViolations(page);
});
