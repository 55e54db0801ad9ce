// The quarterly cycle in a real browser: staff drafts → the lead submits → cabinet returns
// with a comment → the lead fixes and resubmits → cabinet approves → the value is approved on
// the goal page and public on the scorecard, and the goal's history shows every step.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

test.describe.configure({ mode: 'serial' });

const GOAL = 'Numeracy';
const QUARTER = '2024-25 Q4';

async function as(page: Page, role: 'staff' | 'lead' | 'cabinet' | 'admin') {
  const context = await page.context().browser()!.newContext({ storageState: storageState(role) });
  return context.newPage();
}

const grade3 = (page: Page) => page.getByRole('table', { name: /Median mathematics scale score, grade 3/ });

test('a quarterly update goes from draft to approved and public, with its history', async ({ page: first }) => {
  test.setTimeout(180_000);

  // Staff drafts the update.
  const staff = await as(first, 'staff');
  await staff.goto('/updates');
  await expect(staff.getByRole('heading', { name: 'My updates' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole('link', { name: `Write the update: ${GOAL}, ${QUARTER}` }).click();
  await expect(staff.getByRole('heading', { name: `Record progress: ${GOAL}` })).toBeVisible();
  await expect(staff.getByLabel('Reporting quarter')).toHaveValue(/.+/);
  await expect(staff.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  await grade3(staff).getByLabel('All students value').fill('2,416');
  await grade3(staff).getByLabel('All students number of students').fill('96,500');
  await grade3(staff).getByLabel('English learners value').fill('2,384');
  await grade3(staff).getByLabel('English learners number of students').fill('-3');
  await staff.getByLabel('Narrative').fill('Math coaching reached 35 schools.\nGrade 3 results are in.');
  // Leaving with unsaved input asks first.
  const formUrl = staff.url();
  let warning = '';
  staff.once('dialog', (dialog) => {
    warning = dialog.message();
    void dialog.dismiss();
  });
  await staff.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'My updates' }).click();
  await expect.poll(() => warning).toContain('unsaved changes');
  expect(staff.url()).toBe(formUrl);
  await staff.getByRole('button', { name: 'Save draft' }).click();
  // The field's own message (the summary above the form repeats it, as a link to the field).
  await expect(grade3(staff).getByText('Enter the number of students as a whole number, 0 or more.')).toBeVisible();
  // The refused input stays on screen.
  await expect(grade3(staff).getByLabel('All students value')).toHaveValue('2,416');
  await grade3(staff).getByLabel('English learners number of students').fill('21,300');
  await staff.getByLabel('Evidence links').fill('javascript:alert(1)');
  await staff.getByRole('button', { name: 'Save draft' }).click();
  await expect(staff.locator('#evidenceLinks-error')).toHaveText('Link 1 is not a web address: links must start with http:// or https://.');
  await staff.getByLabel('Evidence links').fill('https://lacoe.edu/math-coaching');
  await staff.getByRole('button', { name: 'Save draft' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await expectNoAxeViolations(staff);

  // The lead submits it.
  const lead = await as(first, 'lead');
  await lead.goto('/updates');
  await lead.getByRole('link', { name: `Continue the draft: ${GOAL}, ${QUARTER}` }).click();
  await expect(grade3(lead).getByLabel('English learners value')).toHaveValue('2384');
  await lead.getByLabel('Your assessment').selectOption('ON_TRACK');
  await lead.getByRole('button', { name: 'Submit for review' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();

  // Cabinet sees it waiting and returns it with a comment.
  const cabinet = await as(first, 'cabinet');
  await cabinet.goto('/dashboard');
  await expect(cabinet.getByRole('link', { name: /^Review \(\d+ updates? waiting for review\)$/ })).toBeVisible();
  // On the dashboard, the submitted value shows apart from the approved ones.
  const grade3Card = cabinet.getByRole('article', { name: new RegExp(GOAL) }).getByRole('listitem').filter({ hasText: 'grade 3' });
  await expect(grade3Card).toContainText(/2,416\s*2024-25 · Submitted, awaiting review/);
  await cabinet.goto('/review');
  const item = cabinet.getByRole('article', { name: new RegExp(`${GOAL} — ${QUARTER}`) });
  await expect(item.getByRole('table', { name: /grade 3/ }).getByRole('row', { name: /^All students 2024-25 2,416 96,500/ })).toBeVisible();
  await expect(item.getByText('Math coaching reached 35 schools.')).toBeVisible();
  await expectNoAxeViolations(cabinet);
  await item.getByRole('button', { name: 'Return for changes' }).click();
  await expect(item.getByText('Say what needs to change, so the division can fix it.')).toBeVisible();
  await item.getByLabel('Comment to the division').fill('Please add the grade 8 result too.');
  await item.getByRole('button', { name: 'Return for changes' }).click();
  await expect(cabinet.getByRole('status').filter({ hasText: `Returned to the division: ${GOAL}, ${QUARTER}.` })).toBeVisible();
  await expect(item).toHaveCount(0);

  // The lead sees the comment, fixes and resubmits.
  await lead.goto('/updates');
  await expect(lead.getByText('Please add the grade 8 result too.')).toBeVisible();
  await lead.getByRole('link', { name: `Fix and resubmit: ${GOAL}, ${QUARTER}` }).click();
  await expect(lead.getByRole('heading', { name: /Returned for changes/ })).toBeVisible();
  const grade8 = lead.getByRole('table', { name: /Median mathematics scale score, grade 8/ });
  await grade8.getByLabel('All students value').fill('2,507');
  await lead.getByRole('button', { name: 'Resubmit for review' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();

  // Cabinet approves.
  await cabinet.goto('/review');
  const grade8Review = item.getByRole('table', { name: /grade 8/ });
  await expect(grade8Review.getByRole('row', { name: /^All students 2024-25 2,507/ })).toBeVisible();
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(cabinet.getByRole('status').filter({ hasText: `Approved: ${GOAL}, ${QUARTER}.` })).toBeVisible();
  // Focus moves to the result, not to <body> (issue 16, item 10).
  await expect(cabinet.getByRole('status').filter({ hasText: `Approved: ${GOAL}, ${QUARTER}.` })).toBeFocused();
  await expect(item).toHaveCount(0);

  // Approved on the dashboard and the goal page, with the whole history.
  await cabinet.goto('/dashboard');
  await expect(grade3Card).toContainText(/2,416\s*2024-25/);
  await expect(grade3Card).not.toContainText('awaiting review');
  await cabinet.getByRole('link', { name: GOAL, exact: true }).first().click();
  await expect(cabinet.getByRole('heading', { level: 1, name: GOAL })).toBeVisible();
  const table = cabinet.getByRole('table', { name: /Values of Median mathematics scale score, grade 3/ });
  await expect(table.getByRole('row', { name: /2024-25 2,416 2024-25 Q4 Approved/ })).toBeVisible();
  const history = cabinet.getByRole('region', { name: 'History' });
  const steps = history.getByRole('listitem');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText('Approved');
  await expect(steps.nth(0)).toContainText('Dr. Ruth Alvarez');
  await expect(steps.nth(1)).toContainText('Submitted for review');
  await expect(steps.nth(2)).toContainText('Returned for changes');
  await expect(steps.nth(2)).toContainText('Please add the grade 8 result too.');
  await expect(steps.nth(3)).toContainText('Submitted for review');
  await expect(steps.nth(4)).toContainText('Saved');
  await expect(steps.nth(4)).toContainText('Priya Natarajan');
  await expect(steps.nth(1)).toContainText('2,507');
  await expectNoAxeViolations(cabinet);

  // And public, without signing in.
  await first.goto('/scorecard/lacoe/2022-2025');
  await expect(first.getByText('2,416').first()).toBeVisible();
});

test('an administrator closes and reopens a quarter, with a reason', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState('admin') });
  const admin = await context.newPage();
  await admin.goto('/admin/periods');
  await expect(admin.getByRole('heading', { name: 'Reporting periods' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Close 2024-25 Q3' }).click();
  await expect(admin.getByText('Closed for reporting.')).toBeVisible();
  await admin.reload();
  const row = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: '2024-25 Q3' }) });
  await expect(row.getByText('Closed', { exact: true })).toBeVisible();
  await row.getByText('Reopen…').click();
  await row.getByRole('button', { name: 'Reopen 2024-25 Q3' }).click();
  await expect(row.getByText('Give the reason for reopening this period.')).toBeVisible();
  await row.getByLabel('Reason for reopening 2024-25 Q3').fill('A division reported late');
  await row.getByRole('button', { name: 'Reopen 2024-25 Q3' }).click();
  await expect(row.getByText('Reopened for reporting.')).toBeVisible();
  await context.close();
});
