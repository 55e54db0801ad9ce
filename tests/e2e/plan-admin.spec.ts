// Plan administration in the browser: an administrator creates a plan, edits its settings,
// changes its status and publishes it (seeing what becomes public first), manages divisions,
// student groups and a period's due date, and starts the next cycle. axe on every admin page.
// Specs share one database: this one creates its own plans, division and group, and leaves
// the seeded plans as they were (nothing it publishes stays published, nothing stays active).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

test.use({ storageState: storageState('admin') });

const main = (page: Page) => page.getByRole('main');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an administrator creates a plan, edits it, activates it, and publishes it after seeing what becomes public', async ({ page }) => {
  await page.goto('/admin/plans');
  await expect(main(page).getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(main(page).getByRole('link', { name: 'Edit structure of Strategic Plan 2022–2025', exact: true })).toHaveAttribute('href', '/admin/plans/2022-2025/structure');
  await expect(main(page).getByRole('link', { name: 'Import values into Strategic Plan 2022–2025 (CSV)', exact: true })).toHaveAttribute('href', '/admin/plans/2022-2025/observations');
  await main(page).getByRole('link', { name: 'New plan' }).click();
  await expect(main(page).getByRole('heading', { name: 'New plan', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // The address follows the name until it is edited.
  await page.getByLabel('Name', { exact: true }).fill('E2E Pilot Plan');
  await expect(page.getByLabel('Address')).toHaveValue('e2e-pilot-plan');
  await page.getByLabel('Cycle starts').fill('2027-07-01');
  await page.getByLabel('Cycle ends').fill('2027-06-30');
  await page.getByLabel('First level, one').fill('Pillar');
  await page.getByLabel('First level, several').fill('Pillars');
  await page.getByRole('button', { name: 'Create draft plan' }).click();
  await expect(main(page).getByText('The cycle must end after it starts.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('E2E Pilot Plan');
  await expectNoAxeViolations(page);
  await page.getByLabel('Cycle ends').fill('2029-06-30');
  await page.getByRole('button', { name: 'Create draft plan' }).click();

  await expect(page).toHaveURL(/\/admin\/plans\/e2e-pilot-plan\?created=1$/);
  await expect(main(page).getByRole('heading', { name: 'E2E Pilot Plan', level: 1 })).toBeVisible();
  await expect(main(page).getByRole('status').filter({ hasText: 'Draft plan created' })).toBeVisible();
  await expect(main(page).getByText('Reporting quarters now run from 2027-28 Q1 to 2028-29 Q4 (8).')).toBeVisible();
  await expectNoAxeViolations(page);

  // Settings: statements, a longer cycle (new quarters), the threshold; a bad value is refused in place.
  await page.getByLabel('Vision', { exact: true }).fill('Every learner thrives.');
  await page.getByLabel('Values').fill('Equity\nExcellence');
  await page.getByLabel('At-risk threshold (%)').fill('150');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(main(page).getByText('Enter a percentage between 1 and 99.')).toBeVisible();
  await page.getByLabel('At-risk threshold (%)').fill('75');
  await page.getByLabel('Cycle ends').fill('2030-06-30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Settings saved. Reporting quarters: added 2029-30 Q1, 2029-30 Q2, 2029-30 Q3, 2029-30 Q4.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Vision', { exact: true })).toHaveValue('Every learner thrives.');
  await expect(page.getByLabel('At-risk threshold (%)')).toHaveValue('75');

  // Status: activating asks first and warns that another plan is in force; then back to draft.
  await main(page).getByRole('button', { name: 'Make active…' }).click();
  await expect(main(page).getByRole('heading', { name: 'Make active: E2E Pilot Plan?' })).toBeFocused();
  await expect(main(page).getByText('Also active: Strategic Plan 2022–2025.')).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Confirm: make active' }).click();
  await expect(main(page).getByText('The plan is now active.')).toBeVisible();
  await expect(main(page).getByRole('heading', { name: 'Status: Active' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Return to draft…' }).click();
  await main(page).getByRole('button', { name: 'Confirm: return to draft' }).click();
  await expect(main(page).getByRole('heading', { name: 'Status: Draft' })).toBeVisible();

  // Publishing lists what becomes public before it happens.
  await main(page).getByRole('button', { name: 'Publish…' }).click();
  const confirmation = main(page).locator('div').filter({ has: page.getByRole('heading', { name: 'Publish E2E Pilot Plan?' }) }).last();
  await expect(confirmation).toContainText('/scorecard/lacoe/e2e-pilot-plan');
  await expect(confirmation).toContainText('0 pillars, 0 priorities, 0 goals and 0 measures');
  await expect(confirmation).toContainText('values of student groups under 11 students are shown as “*”');
  await expect(confirmation).toContainText('This plan is still a draft.');
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Confirm: publish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Published: E2E Pilot Plan is on the public scorecard.' })).toBeVisible();

  const visitor = await page.context().browser()!.newPage();
  await visitor.goto('/scorecard/lacoe/e2e-pilot-plan');
  await expect(visitor.getByRole('heading', { level: 1, name: 'E2E Pilot Plan' })).toBeVisible();

  // Unpublishing says what disappears.
  await main(page).getByRole('button', { name: 'Unpublish…' }).click();
  await expect(main(page).getByText('its open-data downloads disappear at once')).toBeVisible();
  await main(page).getByRole('button', { name: 'Confirm: unpublish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Unpublished: E2E Pilot Plan is no longer public.' })).toBeVisible();
  await visitor.goto('/scorecard/lacoe/e2e-pilot-plan');
  await expect(visitor.getByRole('heading', { level: 1, name: 'E2E Pilot Plan' })).toHaveCount(0);
  await visitor.close();

  // The new plan's periods take a due date on or after their end.
  await page.goto('/admin/periods?plan=e2e-pilot-plan');
  await expect(main(page).getByRole('heading', { name: 'Reporting periods', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const row = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: '2027-28 Q1' }) });
  await row.getByText('Change due date…').click();
  await row.getByLabel('Due date of 2027-28 Q1', { exact: true }).fill('2027-09-01');
  await row.getByRole('button', { name: 'Save due date' }).click();
  await expect(row.getByText('2027-28 Q1 ends on Sep 30, 2027: the due date must be on or after that day.')).toBeVisible();
  await row.getByLabel('Due date of 2027-28 Q1', { exact: true }).fill('2027-10-31');
  await row.getByRole('button', { name: 'Save due date' }).click();
  await expect(row.getByText('Due date changed.')).toBeVisible();
  await expect(row.getByText('Oct 31, 2027')).toBeVisible();
});

test('a refused settings save puts each problem on its own field, a list item’s on its textarea with its line', async ({ page }) => {
  // The seeded draft; the save is refused, so it stays as it was.
  await page.goto('/admin/plans/2025-2028');
  const form = main(page).getByRole('form', { name: 'Settings of Strategic Plan 2025–2028' });
  const values = form.getByLabel('Values');
  const savedValues = await values.inputValue();
  await values.fill(`Equity\n${'x'.repeat(501)}`);
  await form.getByLabel('Core practices').fill(`Listen first\nPlan together\n${'y'.repeat(201)}`);
  await form.getByText('Spanish text for the public scorecard (optional)').click();
  await form.getByLabel('Name in Spanish').fill('n'.repeat(201));
  await form.getByRole('button', { name: 'Save settings' }).click();

  await expect(form.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  const expected: [string, string][] = [
    ['Values', 'Line 2: Keep each of the values under 500 characters.'],
    ['Core practices', 'Line 3: Keep each of the core practices under 200 characters.'],
    ['Name in Spanish', 'Keep the Spanish name under 200 characters.'],
  ];
  for (const [label, message] of expected) {
    const field = form.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The description is the field's hint, if any, then its error.
    await expect(field).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(message)}$`));
  }
  // Every message shown sits beside one of these fields: none is left without a field to highlight.
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(expected.length);
  await expect(form.locator('.field-error')).toHaveText(expected.map(([, message]) => message));
  // The Spanish section opened by itself, since one of its fields is refused; what was typed stays.
  await expect(form.getByLabel('Name in Spanish')).toBeVisible();
  await expect(values).toHaveValue(`Equity\n${'x'.repeat(501)}`);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(form.getByLabel('Values')).toHaveValue(savedValues);
});

test('an administrator starts the next cycle from the plan in force, choosing what carries over', async ({ page }) => {
  await page.goto('/admin/plans/2022-2025');
  await main(page).getByRole('link', { name: 'Start the next cycle' }).click();
  await expect(main(page).getByRole('heading', { name: 'Start the next cycle', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Strategic Plan 2025–2028');
  // 2025-2028 is the demo's draft already: the suggestion is numbered.
  await expect(page.getByLabel('Address')).toHaveValue('2025-2028-2');
  await expect(page.getByLabel('Cycle starts')).toHaveValue('2025-07-01');
  await expectNoAxeViolations(page);

  // The proposed baselines: last approved actuals, with the period they come from.
  await expect(main(page).getByText(/New baseline: .+ — last approved value, 20\d\d-\d\d/).first()).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('E2E Next Cycle');
  await page.getByLabel('Address').fill('e2e-next-cycle');
  // Keep only the first pillar; leaving out a pillar disables what sits under it.
  for (const pillar of ['Champion Individual and Collective Care and Wellbeing', 'Strengthen Community with Children at the Center', 'Communicate Effectively', 'Model Organizational Excellence and Innovation']) {
    await page.getByLabel(`Pillar: ${pillar}`).uncheck();
  }
  await expect(page.getByLabel('Goal WB-1: Student Wellbeing')).toBeDisabled();
  await page.getByLabel('Goal SO-3: Justice-Impacted Youth Programs').uncheck();
  await expect(main(page).getByText(/^6 measures chosen, \d with a proposed baseline\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Create the next cycle’s draft plan' }).click();

  await expect(page).toHaveURL(/\/admin\/plans\/e2e-next-cycle\?created=next-cycle$/);
  await expect(main(page).getByRole('heading', { name: 'E2E Next Cycle', level: 1 })).toBeVisible();
  await expect(main(page).getByText('Draft · not published')).toBeVisible();

  // Its publication lists the goals that would become public, then it is taken down again.
  await main(page).getByRole('button', { name: 'Publish…' }).click();
  const confirmation = main(page).locator('div').filter({ has: page.getByRole('heading', { name: 'Publish E2E Next Cycle?' }) }).last();
  await expect(confirmation).toContainText('1 pillar, 3 priority areas, 2 goals and 6 measures');
  await expect(confirmation.getByRole('listitem').filter({ hasText: 'Literacy (SO-1)' })).toBeVisible();
  await expect(confirmation.getByRole('listitem').filter({ hasText: 'Numeracy (SO-2)' })).toBeVisible();
  await expect(confirmation).toContainText('0 approved values');
  await main(page).getByRole('button', { name: 'Confirm: publish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Published: E2E Next Cycle is on the public scorecard.' })).toBeVisible();
  await page.goto('/scorecard/lacoe/e2e-next-cycle');
  await expect(page.getByRole('heading', { level: 1, name: 'E2E Next Cycle' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Improve Student Outcomes' })).toBeVisible();
  await page.goto('/admin/plans/e2e-next-cycle');
  await main(page).getByRole('button', { name: 'Unpublish…' }).click();
  await main(page).getByRole('button', { name: 'Confirm: unpublish' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Unpublished: E2E Next Cycle is no longer public.' })).toBeVisible();
});

test('an administrator manages divisions: create, rename, a refused and an allowed delete', async ({ page }) => {
  await page.goto('/dashboard');
  // The admin links sit under one button in the header.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Admin' }).click();
  for (const name of ['Plans', 'People', 'Divisions', 'Student groups', 'Periods']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Divisions' }).click();
  await expect(main(page).getByRole('heading', { name: 'Divisions', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Code', { exact: true }).fill('E2E');
  await page.getByRole('button', { name: 'Create division' }).click();
  await expect(main(page).getByText('Enter the division’s name.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('E2E Research Office');
  await page.getByRole('button', { name: 'Create division' }).click();
  await expect(main(page).getByText('Division E2E Research Office created.')).toBeVisible();

  const row = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E2E Research Office' }) });
  await row.getByLabel('Name of E2E').fill('E2E Research and Data Office');
  await row.getByRole('button', { name: 'Rename E2E Research Office' }).click();
  await expect(main(page).getByText('Renamed.')).toBeVisible();
  await expect(main(page).getByRole('heading', { name: 'E2E Research and Data Office' })).toBeVisible();

  const cis = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Curriculum and Instructional Services' }) });
  await cis.getByRole('button', { name: 'Delete… Curriculum and Instructional Services' }).click();
  await expect(cis.getByText(/Curriculum and Instructional Services still has \d+ goals and \d+ people\./)).toBeVisible();
  await expect(cis.getByRole('button', { name: /Confirm/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.reload();
  const renamed = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E2E Research and Data Office' }) });
  await renamed.getByRole('button', { name: 'Delete… E2E Research and Data Office' }).click();
  await renamed.getByRole('button', { name: 'Confirm: delete E2E Research and Data Office' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Deleted E2E Research and Data Office.' })).toBeVisible();
  await expect(main(page).getByRole('heading', { name: 'E2E Research and Data Office' })).toHaveCount(0);
});

test('an administrator manages student groups: create, edit, reorder by keyboard, refused and allowed deletes', async ({ page }) => {
  await page.goto('/admin/student-groups');
  await expect(main(page).getByRole('heading', { name: 'Student groups', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Code', { exact: true }).fill('E2EN');
  await page.getByLabel('Name', { exact: true }).fill('E2E Newcomers');
  await page.getByLabel('Name in Spanish (optional)').fill('Recién llegados');
  await page.getByRole('button', { name: 'Create student group' }).click();
  await expect(main(page).getByText('Student group E2E Newcomers created.')).toBeVisible();

  const headings = main(page).getByRole('region', { name: 'Student groups in order' }).getByRole('heading', { level: 3 });
  await expect(headings.last()).toHaveText('E2E Newcomers');
  const before = (await headings.allTextContents()).at(-2);

  // Keyboard: focus the up button and press Enter; focus stays on it.
  const up = main(page).getByRole('button', { name: 'Move E2E Newcomers up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(main(page).getByText('Moved E2E Newcomers up.')).toBeVisible();
  await expect(headings.last()).toHaveText(before!);
  await expect(headings.nth(-2)).toHaveText('E2E Newcomers');
  await expect(up).toBeFocused();

  const row = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E2E Newcomers' }) });
  await row.getByRole('button', { name: 'Edit E2E Newcomers' }).click();
  await row.getByLabel('Name', { exact: true }).fill('E2E Newcomer students');
  await row.getByRole('button', { name: 'Save E2E Newcomers' }).click();
  await expect(main(page).getByRole('heading', { name: 'E2E Newcomer students' })).toBeVisible();
  await expectNoAxeViolations(page);

  const all = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'All students', exact: true }) });
  await expect(all.getByRole('button', { name: /^Delete/ })).toHaveCount(0);

  const english = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'English learners', exact: true }) });
  await english.getByRole('button', { name: 'Delete… English learners' }).click();
  await expect(english.getByText(/English learners is in use: /)).toBeVisible();

  const renamed = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E2E Newcomer students' }) });
  await renamed.getByRole('button', { name: 'Delete… E2E Newcomer students' }).click();
  await renamed.getByRole('button', { name: 'Confirm: delete E2E Newcomer students' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Deleted E2E Newcomer students.' })).toBeVisible();
});

test('the admin pages fit a phone, and the header stays one row', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/admin/plans', '/admin/plans/2022-2025', '/admin/plans/2022-2025/next-cycle', '/admin/divisions', '/admin/student-groups']) {
    await page.goto(path);
    await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, path).toBeLessThanOrEqual(client);
  }
  const nav = page.getByRole('navigation', { name: 'Main' });
  const heights = await nav.getByRole('listitem').evaluateAll((items) => [...new Set(items.filter((i) => i.parentElement?.parentElement?.tagName === 'NAV').map((i) => Math.round(i.getBoundingClientRect().top)))]);
  expect(heights).toHaveLength(1);
  await nav.getByRole('button', { name: 'Admin' }).click();
  await expect(nav.getByRole('link', { name: 'Student groups' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Student groups' })).toBeHidden();
  await expect(nav.getByRole('button', { name: 'Admin' })).toBeFocused();
});
