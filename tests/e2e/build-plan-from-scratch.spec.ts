// The whole administrator's path, end to end: a new plan from nothing, its structure
// (pillar → priority area → goal → measure with an annual-percent target), publishing it
// after the confirmation, and finding it on the public scorecard. Unpublished at the end,
// so the public lists other specs check are as they were.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillCountMeasure, storageState } from './support';

test.use({ storageState: storageState('admin') });

const suffix = Date.now().toString(36);
const NAME = `Pilot Literacy Plan ${suffix}`;
const SLUG = `pilot-literacy-plan-${suffix}`;

const main = (page: Page) => page.getByRole('main');

test('an administrator builds a small plan from scratch, publishes it and finds it on the public scorecard', async ({ page, browser }) => {
  test.setTimeout(180_000);

  // A new plan, in its own words for its levels.
  await page.goto('/admin/plans');
  await main(page).getByRole('link', { name: 'New plan' }).click();
  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await expect(page.getByLabel('Address')).toHaveValue(SLUG);
  await page.getByLabel('Cycle starts').fill('2025-07-01');
  await page.getByLabel('Cycle ends').fill('2028-06-30');
  await page.getByLabel('First level, one').fill('Pillar');
  await page.getByLabel('First level, several').fill('Pillars');
  await page.getByLabel('Second level, one').fill('Priority area');
  await page.getByLabel('Second level, several').fill('Priority areas');
  await page.getByRole('button', { name: 'Create draft plan' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/plans/${SLUG}\\?created=1$`));

  // Its structure: pillar → priority area → goal → measure.
  await main(page).getByRole('link', { name: 'Edit structure' }).click();
  await expect(main(page).getByRole('heading', { name: `Structure of ${NAME}`, level: 1 })).toBeVisible();
  const addPillar = main(page).getByRole('region', { name: 'Add a pillar' });
  await addPillar.getByLabel('Name of the pillar').fill('Literacy for all');
  await addPillar.getByRole('button', { name: 'Add pillar' }).click();
  const pillar = main(page).getByRole('region', { name: 'Literacy for all' });
  await pillar.getByText('Add a priority area to pillar 1').click();
  await pillar.getByLabel('Name of the priority area').fill('Early reading');
  await pillar.getByRole('button', { name: 'Add priority area' }).click();
  await expect(pillar.getByRole('heading', { name: 'Early reading', level: 3 })).toBeVisible();

  await main(page).getByRole('link', { name: /Add a goal to 1\.1/ }).click();
  // The forms are client components: type once they are interactive.
  await expect(main(page).getByRole('heading', { name: 'New goal', level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await main(page).getByLabel('Code', { exact: true }).fill('PL-1');
  await main(page).getByLabel('Title', { exact: true }).fill('Reading partnerships');
  await main(page).getByLabel('Statement', { exact: true }).fill('By June 2028, grow reading partnerships with community libraries by 10% each year.');
  await main(page).getByLabel('Deadline').fill('2028-06-30');
  await main(page).getByRole('button', { name: 'Create goal' }).click();
  await expect(main(page).getByRole('status')).toContainText('Goal PL-1 created. Now add its measures.');

  await main(page).getByRole('link', { name: 'Add a measure' }).click();
  await expect(main(page).getByRole('heading', { name: 'New measure of PL-1', level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await fillCountMeasure(main(page), { code: 'PARTNERS', name: 'Library partnerships', percentEachYear: '10', targetDate: '2028-06-30', baseline: { value: '40', date: '2025-06-30', period: '2024-25' } });
  // 40 × 1.1³ = 53.24: the preview states it as readers will read it.
  await expect(main(page).getByTestId('target-sentence')).toHaveText('Increase from 40 (2024-25) by 10% each year, to 53 by June 2028.');
  await expect(main(page)).toContainText('53 by June 2028 — 10% more each year from the 2024-25 baseline of 40');
  await expect(main(page).getByLabel('Code', { exact: true })).toHaveValue('PARTNERS');
  await main(page).getByRole('button', { name: 'Create measure' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Measure PARTNERS added.' })).toBeVisible();

  // Publishing lists what becomes public, then does it.
  await page.goto(`/admin/plans/${SLUG}`);
  await main(page).getByRole('button', { name: 'Publish…' }).click();
  const confirmation = main(page).locator('div').filter({ has: page.getByRole('heading', { name: `Publish ${NAME}?` }) }).last();
  await expect(confirmation).toContainText(`/scorecard/lacoe/${SLUG}`);
  await expect(confirmation).toContainText('1 pillar');
  await expect(confirmation).toContainText('Reading partnerships');
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Confirm: publish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: `Published: ${NAME} is on the public scorecard.` })).toBeVisible();

  // A visitor, signed out, finds it: the plan, its pillar, the goal and its target in words.
  const visitorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/scorecard/lacoe/${SLUG}`);
  const scorecard = visitor.getByRole('main');
  await expect(visitor.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(scorecard.getByRole('heading', { name: /Literacy for all/ })).toBeVisible();
  await expect(scorecard).toContainText('Reading partnerships');
  await expect(scorecard).toContainText('53 by June 2028 — 10% more each year from the 2024-25 baseline of 40');
  await expectNoAxeViolations(visitor);
  await scorecard.getByRole('link', { name: /Reading partnerships/ }).first().click();
  await expect(visitor).toHaveURL(new RegExp(`/scorecard/lacoe/${SLUG}/goals/pl-1$`));
  await expect(visitor.getByRole('heading', { level: 1, name: /Reading partnerships/ })).toBeVisible();
  await expect(visitor.getByRole('main')).toContainText('Library partnerships');
  await visitorContext.close();

  // Leave the public lists as they were.
  await main(page).getByRole('button', { name: 'Unpublish…' }).click();
  await main(page).getByRole('button', { name: 'Confirm: unpublish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: `Unpublished: ${NAME} is no longer public.` })).toBeVisible();
});
