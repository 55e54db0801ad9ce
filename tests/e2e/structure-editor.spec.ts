// An administrator builds a plan's structure in the browser: pillar → priority area → goal →
// measure with an annual-percent target (the preview states it as they type), reorders with
// the keyboard, sees the SMARTIE flags, deletes what is empty and archives what has approved
// values. Works on a plan of its own, imported at the start, so no other spec's data changes.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillCountMeasure, importPlanFile, storageState } from './support';

test.use({ storageState: storageState('admin') });

const SLUG = `structure-e2e-${Date.now().toString(36)}`;

/** A draft plan with one goal that already has an approved value (so it can only be archived). */
const planDocument = {
  schemaVersion: 1,
  plan: {
    slug: SLUG,
    name: 'Structure editor test plan',
    cycleStart: '2022-07-01',
    cycleEnd: '2025-06-30',
    status: 'DRAFT',
    levels: {
      objective: { singular: 'Pillar', plural: 'Pillars' },
      priority: { singular: 'Priority area', plural: 'Priority areas' },
      goal: { singular: 'Goal', plural: 'Goals' },
    },
    objectives: [
      {
        name: 'Legacy pillar',
        priorities: [
          {
            name: 'Legacy area',
            goals: [
              {
                code: 'ARC-1',
                title: 'Retired goal',
                statement: 'A goal the board retired.',
                division: null,
                deadline: '2025-06-30',
                measures: [
                  {
                    code: 'OLD',
                    name: 'Old measure',
                    unit: 'PERCENT',
                    direction: 'INCREASE',
                    cadence: 'ANNUAL',
                    baseline: { value: 50, date: '2022-06-30', label: '2021-22' },
                    target: { kind: 'VALUE', amount: 60, date: '2025-06-30' },
                    observations: [{ asOf: '2022-23', reportedIn: '2023-24-Q1', value: 52, state: 'APPROVED', approvedAt: '2023-10-01T00:00:00.000Z' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};

const main = (page: Page) => page.getByRole('main');
/** The outline's notice (each up/down control has its own quiet status region too). */
const notice = (page: Page, text: string) => expect(main(page).getByRole('status').filter({ hasText: text })).toBeVisible();

async function addPillar(page: Page, name: string) {
  const section = main(page).getByRole('region', { name: 'Add a pillar' });
  await section.getByLabel('Name of the pillar').fill(name);
  await section.getByRole('button', { name: 'Add pillar' }).click();
  await expect(main(page).getByRole('heading', { name, level: 2 })).toBeVisible();
}

test('an administrator builds, reorders, archives and deletes a plan’s structure', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/admin/plans');
  await importPlanFile(page, 'plan.json', planDocument);
  await expect(main(page).getByRole('status')).toContainText(`Imported "${SLUG}"`);

  // The outline, in the plan's own level names.
  await page.goto(`/admin/plans/${SLUG}/structure`);
  await expect(main(page).getByRole('heading', { name: 'Structure of Structure editor test plan', level: 1 })).toBeVisible();
  await expect(main(page)).toContainText('Pillars → Priority areas → Goals → measures');
  await expectNoAxeViolations(page);

  await addPillar(page, 'Student success');
  await addPillar(page, 'Community');

  const success = main(page).getByRole('region', { name: 'Student success' });
  await success.getByText('Add a priority area to pillar 2').click();
  await success.getByLabel('Name of the priority area').fill('Literacy');
  await success.getByRole('button', { name: 'Add priority area' }).click();
  await expect(success.getByRole('heading', { name: 'Literacy', level: 3 })).toBeVisible();

  // Reorder with the keyboard: "Community" up, above "Student success"; focus stays on the button.
  const up = main(page).getByRole('button', { name: 'Move Community up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { level: 2 }).nth(1)).toHaveText('Community');
  await expect(main(page).getByRole('button', { name: 'Move Community up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { level: 2 }).first()).toHaveText('Community');

  // A SMARTIE goal, with the checklist following what is typed.
  await main(page).getByRole('link', { name: /Add a goal to 3\.1/ }).click();
  await expect(main(page).getByRole('heading', { name: 'New goal', level: 1 })).toBeVisible();
  const checklist = main(page).getByRole('region', { name: 'SMARTIE checklist' });
  await expect(checklist).toContainText('No measure: add one');
  await expect(checklist).toContainText('No deadline');
  await expect(checklist).toContainText('No owning division');
  await main(page).getByLabel('Code', { exact: true }).fill('E2E-1');
  await main(page).getByLabel('Title', { exact: true }).fill('Early literacy');
  await main(page).getByLabel('Statement', { exact: true }).fill('By June 2025, grow reading partnerships by 20% a year.');
  await main(page).getByLabel('Deadline').fill('2025-06-30');
  await main(page).getByLabel('Equitable (E): the equity focus').fill('English learners');
  await expect(checklist).not.toContainText('No deadline');
  await expect(checklist).toContainText('An equity focus is stated but no student groups are in focus');
  await main(page).getByRole('group', { name: 'Focus student groups' }).getByRole('checkbox').first().check();
  await expect(checklist).not.toContainText('An equity focus is stated');
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Create goal' }).click();
  await expect(main(page).getByRole('status')).toContainText('Goal E2E-1 created. Now add its measures.');
  await expectNoAxeViolations(page);

  // A measure with an annual-percent target: the preview states it as it is typed.
  await main(page).getByRole('link', { name: 'Add a measure' }).click();
  await expect(main(page).getByRole('heading', { name: 'New measure of E2E-1', level: 1 })).toBeVisible();
  await fillCountMeasure(main(page), { code: 'PARTNERS', name: 'Reading partnerships', percentEachYear: '20', targetDate: '2025-06-30', baseline: { value: '40', date: '2022-06-30', period: '2021-22' } });
  const sentence = main(page).getByTestId('target-sentence');
  await expect(sentence).toHaveText('Increase from 40 (2021-22) by 20% each year, to 69 by June 2025.');
  await main(page).getByLabel('Amount').fill('10');
  await expect(sentence).toHaveText('Increase from 40 (2021-22) by 10% each year, to 53 by June 2025.');
  await expect(main(page).getByRole('img', { name: /Target path/ })).toBeVisible();
  // An explicit interim target joins the path.
  await main(page).getByRole('button', { name: 'Add an interim target' }).click();
  await main(page).getByLabel('Date', { exact: true }).fill('2023-06-30');
  await main(page).getByLabel('Year', { exact: true }).fill('2022-23');
  await main(page).getByLabel('Target value').fill('45');
  await expect(sentence).toHaveText('Increase from 40 (2021-22) by 10% each year, to 53 by June 2025, through 2 interim targets.');
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Create measure' }).click();
  await notice(page, 'Measure PARTNERS added.');
  await expect(main(page)).toContainText('Increase from 40 (2021-22) by 10% each year, to 53 by June 2025, through 2 interim targets.');
  // The outline flags what the goal still lacks.
  const goalCard = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /E2E-1/ }) });
  await expect(goalCard.getByText('SMARTIE missing:')).toBeVisible();
  await expect(goalCard.getByText('no owner', { exact: true })).toBeVisible();

  // Deleting an empty pillar needs no confirmation.
  await main(page).getByRole('button', { name: 'Delete Community' }).click();
  await notice(page, 'Community was deleted.');
  await expect(main(page).getByRole('heading', { name: 'Community', level: 2 })).toHaveCount(0);

  // Deleting a goal with a measure says what goes with it.
  await main(page).getByRole('button', { name: 'Delete E2E-1' }).click();
  const confirm = main(page).getByRole('alertdialog', { name: 'Confirm removing E2E-1' });
  await expect(confirm).toContainText('Deleting “E2E-1 Early literacy” also deletes 1 measure. This cannot be undone.');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toHaveCount(0);
  await main(page).getByRole('button', { name: 'Delete E2E-1' }).click();
  await main(page).getByRole('alertdialog').getByRole('button', { name: 'Delete E2E-1' }).click();
  await notice(page, 'E2E-1 was deleted.');

  // Its measure has an approved value: a new target is history, with the board's approval.
  await main(page).getByRole('link', { name: 'Old measure' }).click();
  await expect(main(page)).toContainText('Its target is on record');
  await main(page).getByLabel('Amount').fill('65');
  await main(page).getByLabel('Reason for the change').fill('The board raised the target at the midpoint review.');
  await main(page).getByLabel('Board approved on').fill('2024-01-18');
  await main(page).getByRole('button', { name: 'Save measure' }).click();
  await notice(page, 'Measure OLD saved; its previous target is kept in its history.');
  await expect(main(page)).toContainText('Increase from 50.0% (2021-22) to 65.0% by June 2025.');
  await main(page).getByRole('link', { name: 'Old measure' }).click();
  const history = main(page).getByRole('region', { name: 'Target history' });
  await expect(history).toContainText('Original');
  await expect(history).toContainText('Increase from 50.0% (2021-22) to 60.0% by June 2025.');
  await expect(history).toContainText('From 2024-01-18');
  await expect(history).toContainText('The board raised the target at the midpoint review. (board approval 2024-01-18)');
  await expectNoAxeViolations(page);
  await page.goto(`/admin/plans/${SLUG}/structure`);

  // A goal with approved values is archived, not deleted, and the page says so.
  await main(page).getByRole('button', { name: 'Delete ARC-1' }).click();
  const archive = main(page).getByRole('alertdialog', { name: 'Confirm removing ARC-1' });
  await expect(archive).toContainText('has 1 approved value, so it will be archived, not deleted');
  await archive.getByRole('button', { name: 'Archive ARC-1' }).click();
  await notice(page, 'ARC-1 was archived: it is hidden everywhere, and its approved values are kept.');
  await expect(main(page).getByRole('link', { name: 'Retired goal' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('editing a measure of a plan in force asks why the target changes', async ({ page }) => {
  await page.goto(`/admin/plans/2022-2025/structure`);
  await expect(main(page).getByRole('heading', { name: /Structure of/, level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: /chronic/i }).first().click();
  await expect(main(page)).toContainText('Its target is on record');
  await expect(main(page).getByTestId('target-sentence')).toBeVisible();
  await expect(main(page).getByLabel('Reason for the change')).toHaveCount(0);
  await main(page).getByLabel('Amount').fill('12');
  await expect(main(page).getByLabel('Reason for the change')).toBeVisible();
  await expect(main(page).getByLabel('Board approved on')).toBeVisible();
  await expectNoAxeViolations(page);
  // Saving without a reason is refused with the fields marked; nothing is changed.
  await main(page).getByRole('button', { name: 'Save measure' }).click();
  await expect(main(page).getByRole('alert')).toContainText('needs its reason and the board’s approval date');
  await expect(main(page).getByText('Say why the target changed')).toBeVisible();
});
