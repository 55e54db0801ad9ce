import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** WCAG 2.2 AA checks on the page as it stands; any violation fails the test. */
export async function expectNoAxeViolations(page: Page) {
  // After a server action the page re-renders, <head> included: check the page once it has its title again.
  await expect.poll(() => page.title(), { message: 'the page has a title' }).not.toBe('');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export const ROLES = ['admin', 'cabinet', 'lead', 'staff', 'lead2'] as const;

/** Signs a demo account in on the page's server (its password is the demo's) and waits for the dashboard. */
export async function signInAsDemo(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
export const storageState = (role: (typeof ROLES)[number]) => `.data/e2e-auth/${role}.json`;

/** The second app server of playwright.config.ts: a new district's install, demo off, empty at start. */
export const districtBaseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
export const districtSetupLinkFile = '.data/e2e-district/setup-link';

/** Chooses a plan document (as JSON) in the plans page's import form and imports it; the answer is the test's to check. */
export async function importPlanFile(page: Page, name: string, document: unknown) {
  await page.getByLabel('Plan file (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await page.getByRole('button', { name: 'Import plan' }).click();
}

/** Fills the People page's invitation (name, email, role) and sends it; the answer is the test's to check. */
export async function invitePerson(invite: Locator, person: { name: string; email: string; role: string }) {
  await invite.getByLabel('Name', { exact: true }).fill(person.name);
  await invite.getByLabel('Email', { exact: true }).fill(person.email);
  await invite.getByLabel('Role', { exact: true }).selectOption(person.role);
  await invite.getByRole('button', { name: 'Invite' }).click();
}

/** Fills a new measure's form: a whole-number count with a baseline and a target that grows by a percent each year. */
export async function fillCountMeasure(
  form: Locator,
  measure: { code: string; name: string; baseline: { value: string; date: string; period: string }; percentEachYear: string; targetDate: string },
) {
  await form.getByLabel('Code', { exact: true }).fill(measure.code);
  await form.getByLabel('Name', { exact: true }).fill(measure.name);
  await form.getByLabel('Unit').selectOption('COUNT');
  await form.getByLabel('Decimals').selectOption('0');
  await form.getByLabel('Value').fill(measure.baseline.value);
  await form.getByLabel('Stands at (date)').fill(measure.baseline.date);
  await form.getByLabel('Period').fill(measure.baseline.period);
  await form.getByLabel('Kind of target').selectOption('ANNUAL_PERCENT_CHANGE');
  await form.getByLabel('Amount').fill(measure.percentEachYear);
  await form.getByLabel('Target date').fill(measure.targetDate);
}
