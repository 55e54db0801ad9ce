// An administrator downloads a whole plan as JSON and imports plan files: a broken file is
// refused with every problem listed; a good one becomes a plan of the organization.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, importPlanFile, invitePerson, storageState } from './support';

test.use({ storageState: storageState('admin') });

test('an administrator exports a plan and imports plan files', async ({ page }) => {
  await page.goto('/admin/plans');
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download Strategic Plan 2022–2025 (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2022-2025.json');
  const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(doc.schemaVersion).toBe(1);
  expect(doc.plan.objectives).toHaveLength(5);

  const broken = structuredClone(doc);
  broken.plan.slug = 'board-copy';
  broken.plan.objectives[0].priorities[0].goals[0].measures[0].target.amount = 'ten';
  broken.plan.objectives[1].priorities[0].goals[0].division = 'NOPE';
  await importPlanFile(page, 'broken.json', broken);
  const alert = page.getByRole('main').getByRole('alert');
  // Every problem in one round: the schema's and the cross-references'.
  await expect(alert).toContainText('The plan file has 2 problems; nothing was imported.');
  await expect(alert).toContainText('plan.objectives[0].priorities[0].goals[0].measures[0].target.amount: expected a number');
  await expect(alert).toContainText('plan.objectives[1].priorities[0].goals[0].division: unknown division "NOPE"');
  await expectNoAxeViolations(page);

  broken.plan.objectives[0].priorities[0].goals[0].measures[0].target.amount = 5;
  broken.plan.name = 'Strategic Plan 2022–2025 (board copy)';
  // A draft: the divisions do not report on it, and the dashboard keeps showing the plan in force.
  broken.plan.published = false;
  broken.plan.status = 'DRAFT';
  await importPlanFile(page, 'copy.json', broken);
  // This answer's own count, not the first one's list (which names the same division): the form
  // is reset once the answer is in, so the next file goes in only after it.
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The plan file has 1 problem; nothing was imported.');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('plan.objectives[1].priorities[0].goals[0].division: unknown division "NOPE"');

  broken.plan.objectives[1].priorities[0].goals[0].division = 'SSS';
  await importPlanFile(page, 'copy.json', broken);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Imported "board-copy": 12 goals, 17 measures');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Download Strategic Plan 2022–2025 (board copy) (JSON)' })).toBeVisible();
});

test('an administrator invites a person to a division and gets a link to send them', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const invite = page.getByRole('region', { name: 'Invite a person' });
  await invitePerson(invite, { name: 'Noor Haddad', email: 'noor@example.org', role: 'LEAD' });
  await expect(invite.getByText('Division leads and staff belong to a division: choose one.')).toBeVisible();
  await expect(invite.getByLabel('Email', { exact: true })).toHaveValue('noor@example.org');
  await invite.getByLabel('Division', { exact: true }).selectOption({ label: 'Student Support Services' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(invite.getByRole('status')).toContainText('Send this link to Noor Haddad; it works once, for 72 hours.');
  await expect(invite.getByLabel('Invitation link for Noor Haddad')).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('heading', { name: 'Noor Haddad' })).toBeVisible();
  await expect(page.getByText(/Invited — link not used yet \(expires /)).toBeVisible();
  await page.getByRole('button', { name: 'New invitation link for Noor Haddad' }).click();
  await expect(page.getByLabel('Invitation link for Noor Haddad').last()).toHaveValue(/\/invite\//);
  await expectNoAxeViolations(page);
});
