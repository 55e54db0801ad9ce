// A new district's first hour, on the second app server (demo off, empty database): the
// operator's one-time setup link → the organization and its administrator → sign in → invite
// a colleague (who sets their own password) → load a plan file → import values from CSV →
// make the plan active and publish it → a signed-out visitor reads the value on the public
// scorecard. axe checks every page; screenshots at 1280 and 390 px go to test-results/screens/.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_LEVEL_NAMES } from '../../lib/data/plan/fields';
import { quarterPeriod } from '../../lib/periods';
import { districtBaseURL, districtSetupLinkFile, expectNoAxeViolations, importPlanFile, invitePerson } from './support';

const ORG = 'Riverside Unified School District';
const ORG_SLUG = 'riverside-unified-school-district';
const PLAN_SLUG = 'riverside-2026';
const PLAN_NAME = 'Riverside Strategic Plan';
const ADMIN = { name: 'Rosa Díaz', email: 'rosa.diaz@riverside.example.org', password: 'riverside-plans-2030' };

// The plan runs over the current school year, so the current quarter is open for values.
const today = new Date();
const schoolYear = today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
const quarter = (([7, 8, 9].includes(today.getUTCMonth() + 1) ? 1 : [10, 11, 12].includes(today.getUTCMonth() + 1) ? 2 : [1, 2, 3].includes(today.getUTCMonth() + 1) ? 3 : 4) as 1 | 2 | 3 | 4);
const currentQuarter = quarterPeriod(schoolYear, quarter).code;
const yy = (y: number) => String(y % 100).padStart(2, '0');

const planDocument = {
  schemaVersion: 1,
  organization: { divisions: [{ code: 'INS', name: 'Instruction' }] },
  plan: {
    slug: PLAN_SLUG,
    name: PLAN_NAME,
    cycleStart: `${schoolYear}-07-01`,
    cycleEnd: `${schoolYear + 3}-06-30`,
    levels: DEFAULT_LEVEL_NAMES,
    objectives: [
      {
        name: 'Every student reads',
        description: '',
        priorities: [
          {
            name: 'Early literacy',
            description: '',
            goals: [
              {
                code: 'RL-1',
                title: 'Third-grade reading',
                statement: 'By June of the plan’s last year, 75% of third graders read at grade level.',
                division: 'INS',
                deadline: `${schoolYear + 3}-06-30`,
                measures: [
                  {
                    code: 'READ3',
                    name: 'Third graders reading at grade level',
                    unit: 'PERCENT',
                    direction: 'INCREASE',
                    decimals: 1,
                    dataSource: 'District reading screener',
                    cadence: 'QUARTERLY',
                    baseline: { value: 58.4, date: `${schoolYear}-06-30`, label: `${schoolYear - 1}-${yy(schoolYear)}`, note: '', isDemo: false },
                    target: { kind: 'VALUE', amount: 75, date: `${schoolYear + 3}-06-30` },
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

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ baseURL: districtBaseURL, storageState: { cookies: [], origins: [] } });

test('a new district sets up Northstar, invites a colleague and publishes a plan with values from CSV', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const main = page.getByRole('main');

  // The operator's link from `npm start`, left in the data directory.
  const setupLink = fs.readFileSync(districtSetupLinkFile, 'utf8').trim();
  expect(setupLink).toMatch(new RegExp(`^${districtBaseURL}/setup\\?token=[A-Za-z0-9_-]{43}$`));

  // Without the token there is no form, only what to do.
  await page.goto('/setup');
  await expect(main.getByRole('alert')).toContainText('Restart `npm start`');
  await expect(main.getByRole('button')).toHaveCount(0);

  await page.goto(setupLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Northstar' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Los_Angeles');
  await expectNoAxeViolations(page);
  await screenshots(page, 'setup');
  await page.getByLabel('Organization name').fill(ORG);
  await expect(page.getByLabel('Address')).toHaveValue(ORG_SLUG);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Password again').fill('riverside-plans-2031');
  await page.getByRole('button', { name: 'Create the organization' }).click();
  await expect(main.getByText('The two passwords differ: type the same password twice.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(ADMIN.email);
  await expectNoAxeViolations(page);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Password again').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the organization' }).click();

  // Sent to sign in, the email filled in; no demo accounts on a real install.
  await expect(page).toHaveURL(/\/login\?/);
  await expect(main.getByRole('status')).toHaveText('Your organization is ready. Sign in with the email and password you just chose.');
  await expect(page.getByLabel('Email')).toHaveValue(ADMIN.email);
  await expect(page.getByText('Demo accounts')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/plans$/);

  // The setup page is gone for good.
  expect((await page.request.get(setupLink)).status()).toBe(404);

  // A plan file: one objective, priority and goal, with a percent measure, its baseline and target.
  await importPlanFile(page, `${PLAN_SLUG}.json`, planDocument);
  await expect(main.getByRole('status')).toContainText(`Imported "${PLAN_SLUG}"`);
  await expectNoAxeViolations(page);

  // Invite a colleague; the link is shown once, to copy.
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const invite = main.getByRole('region', { name: 'Invite a person' });
  await invitePerson(invite, { name: 'Marcus Lee', email: 'marcus.lee@riverside.example.org', role: 'LEAD' });
  await expect(invite.getByText('Division leads and staff belong to a division: choose one.')).toBeVisible();
  await invite.getByLabel('Division', { exact: true }).selectOption({ label: 'Instruction' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(invite.getByRole('status')).toContainText('Send this link to Marcus Lee; it works once, for 72 hours.');
  const inviteLink = await invite.getByLabel('Invitation link for Marcus Lee').inputValue();
  expect(inviteLink).toMatch(new RegExp(`^${districtBaseURL}/invite/[A-Za-z0-9_-]{43}$`));
  await expect(main.getByText(/Invited — link not used yet \(expires /)).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: 'marcus.lee@riverside.example.org' })).toContainText('Division lead · Instruction');
  await expectNoAxeViolations(page);
  await screenshots(page, 'admin-users');

  // The colleague, in a browser of their own, sets a password with it and is sent to sign in.
  const colleagueContext = await browser.newContext({ baseURL: districtBaseURL });
  const colleague = await colleagueContext.newPage();
  await colleague.goto(inviteLink);
  await expect(colleague.getByRole('heading', { level: 1, name: `Join ${ORG}` })).toBeVisible();
  await expect(colleague.getByRole('main')).toContainText('Welcome, Marcus Lee.');
  await colleague.waitForLoadState('networkidle');
  await expectNoAxeViolations(colleague);
  await screenshots(colleague, 'invite');
  await colleague.getByLabel('Email').fill('marcus.lee@riverside.example.org');
  await colleague.getByLabel('Password', { exact: true }).fill('reading-garden-77');
  await colleague.getByLabel('Password again').fill('reading-garden-77');
  await colleague.getByRole('button', { name: 'Set my password' }).click();
  await expect(colleague).toHaveURL(/\/login\?/);
  await expect(colleague.getByRole('main').getByRole('status')).toHaveText('Your password is set. Sign in to start.');
  await colleague.getByLabel('Password').fill('reading-garden-77');
  await colleague.getByRole('button', { name: 'Sign in' }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/);
  // The link worked once.
  await colleague.goto(inviteLink);
  await expect(colleague.getByRole('main').getByRole('alert')).toContainText('Ask your administrator for a new link.');
  await colleagueContext.close();
  await page.reload();
  await expect(main.getByText(/Invited — link not used yet/)).toHaveCount(0);

  // Values from CSV for the current quarter, previewed and confirmed.
  await page.goto(`/admin/plans/${PLAN_SLUG}/observations`);
  await expect(main.getByRole('heading', { level: 1, name: 'Import values from a CSV file' })).toBeVisible();
  const csv = ['measure_code,period,as_of_period,student_group,value,n', `READ3,${currentQuarter},,ALL,63.7,412`].join('\n');
  await main.getByLabel('Values file (CSV)').setInputFiles({ name: 'screener.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByRole('heading', { name: 'Preview of screener.csv' })).toBeVisible();
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: 'Confirm import of 1 value' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Imported screener.csv' })).toContainText('1 new value');

  // Active, then published.
  await page.goto(`/admin/plans/${PLAN_SLUG}`);
  await main.getByRole('button', { name: 'Make active…' }).click();
  await main.getByRole('button', { name: 'Confirm: make active' }).click();
  await expect(main.getByRole('heading', { name: 'Status: Active' })).toBeVisible();
  await main.getByRole('button', { name: 'Publish…' }).click();
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: 'Confirm: publish' }).click();
  await expect(main.getByRole('status').filter({ hasText: `Published: ${PLAN_NAME} is on the public scorecard.` })).toBeVisible();

  // A signed-out visitor reads the value on the public scorecard.
  const visitorContext = await browser.newContext({ baseURL: districtBaseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/scorecard/${ORG_SLUG}/${PLAN_SLUG}`);
  await expect(visitor.getByRole('heading', { level: 1, name: PLAN_NAME })).toBeVisible();
  const scorecard = visitor.getByRole('main');
  await expect(scorecard).toContainText('Third-grade reading');
  await expect(scorecard).toContainText('63.7%');
  await expectNoAxeViolations(visitor);
  await visitorContext.close();
});
