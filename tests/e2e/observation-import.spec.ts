// An administrator loads values from CSV into a plan of their own making (so no other spec's
// figures move): a file with a bad row is refused with its line, a good one is previewed,
// confirmed and shows on the goal page; a 20,000-row file shows real progress.
import { expect, test, type Page } from '@playwright/test';
import { bulkObservationCsv, bulkPlanDocument, type BulkPlanOptions } from '../../lib/seed/bulk-plan';
import { expectNoAxeViolations, importPlanFile, storageState } from './support';

test.use({ storageState: storageState('admin') });

async function importBulkPlan(page: Page, options: BulkPlanOptions) {
  await page.goto('/admin/plans');
  await importPlanFile(page, `${options.slug}.json`, bulkPlanDocument(options));
  await expect(page.getByRole('main').getByRole('status')).toContainText(`Imported "${options.slug}"`);
}

const HEADER = 'goal_code,measure_code,period,as_of_period,student_group,value,n';

test('an administrator previews a CSV of values, sees its problems, fixes it and imports it', async ({ page }) => {
  const plan = { slug: 'csv-import-check', name: 'CSV import check', goals: 2, measuresPerGoal: 2 };
  await importBulkPlan(page, plan);
  await page.getByRole('link', { name: 'Import values into CSV import check (CSV)' }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/csv-import-check\/observations$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Import values from a CSV file' })).toBeVisible();
  await expectNoAxeViolations(page);

  const [template] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'Download the template (CSV)' }).click()]);
  expect(template.suggestedFilename()).toBe('csv-import-check-observations-template.csv');

  const bad = [
    HEADER,
    'BULK-1,M1-1,2023-24-Q4,2023-24-Q4,ALL,61.5,420',
    'BULK-1,M1-1,2023-24-Q4,2023-24-Q4,EL,48.5,96',
    'BULK-1,M1-2,2023-24-Q4,2023-24,ALL,70,',
    'BULK-2,M2-1,2023-24-Q4,,ALL,140,',
  ].join('\n');
  await main.getByLabel('Values file (CSV)').setInputFiles({ name: 'spring.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByRole('heading', { name: 'Preview of spring.csv' })).toBeVisible();
  const problems = main.getByRole('list', { name: 'Problems by line' });
  await expect(problems).toContainText('Line 4, as_of_period: M1-2 is measured each quarter: as_of_period must be a quarter');
  await expect(problems).toContainText('Line 5, value: A percent must be between 0 and 100.');
  await expect(main.getByRole('button', { name: 'Confirm import of 2 values' })).toBeDisabled();
  await expectNoAxeViolations(page);

  const good = bad.replace('2023-24-Q4,2023-24,ALL,70,', '2023-24-Q4,2023-24-Q3,ALL,70,').replace(',140,', ',74.5,');
  await main.getByLabel('Values file (CSV)').setInputFiles({ name: 'spring.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByRole('heading', { name: 'Preview of spring.csv' })).toBeVisible();
  await expect(main.getByRole('list', { name: 'Problems by line' })).toHaveCount(0);
  const changes = main.getByRole('region', { name: 'Values that would change' });
  await expect(changes.getByRole('row')).toHaveCount(5);
  await expect(changes).toContainText('BULK-1 · M1-1');
  await expect(changes).toContainText('English learners');
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: 'Confirm import of 4 values' }).click();
  const done = main.getByRole('status').filter({ hasText: 'Imported spring.csv' });
  await expect(done).toContainText('4 new values, 0 changed values, 0 unchanged');

  // The same file again: nothing left to import.
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByText('Nothing to import: every value in the file is already stored.')).toBeVisible();

  // The values are on the goal page, and the import is in its history.
  await page.goto('/dashboard?plan=csv-import-check');
  await page.getByRole('link', { name: 'Bulk goal 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bulk goal 1/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Values of Measure 1 of bulk goal 1' })).toContainText('61.5%');
  const history = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(history).toContainText('Imported values from a CSV file');
  await expect(history).toContainText('Reason: Imported from spring.csv');
});

test('a 20,000-row file shows its progress while it is checked and imported', async ({ page }) => {
  test.setTimeout(180_000);
  const plan = { slug: 'csv-import-bulk', name: 'CSV import at scale', goals: 10, measuresPerGoal: 7 };
  await importBulkPlan(page, plan);
  await page.goto('/admin/plans/csv-import-bulk/observations');
  const main = page.getByRole('main');
  await main.getByLabel('Values file (CSV)').setInputFiles({
    name: 'twenty-thousand.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bulkObservationCsv(plan, 20_000)),
  });

  // On a slow connection the upload reports its own bytes before the server's checks begin
  // (Chromium's network emulation slows the upload to 256 KB/s for this one preview).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^Sent [\d,]+ KB of [\d,]+ KB$/);
  await expect(main.getByRole('heading', { name: 'Preview of twenty-thousand.csv' })).toBeVisible({ timeout: 60_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.reload();
  await main.getByLabel('Values file (CSV)').setInputFiles({
    name: 'twenty-thousand.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bulkObservationCsv(plan, 20_000)),
  });

  // Every value the progress bar takes, as the page shows it.
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[] };
    w.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar]');
      if (bar) w.progressSeen.push(`${bar.getAttribute('aria-valuenow')} ${bar.getAttribute('aria-valuetext')}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await main.getByRole('button', { name: 'Preview import' }).click();
  await expect(main.getByRole('heading', { name: 'Preview of twenty-thousand.csv' })).toBeVisible({ timeout: 60_000 });
  await expect(main.getByText('The first 200 of 20,000 are shown, changed values first.')).toBeVisible();
  const checking = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(checking.some((s) => /^\d+ Checked [\d,]+ of 20,000 rows$/.test(s) && !s.startsWith('0 ') && !s.startsWith('100 '))).toBe(true);

  await main.getByRole('button', { name: 'Confirm import of 20,000 values' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Imported twenty-thousand.csv' })).toContainText('20,000 new values', { timeout: 120_000 });
  const writing = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(writing.some((s) => /^\d+ Saved [\d,]+ of 20,000 values$/.test(s) && !s.startsWith('0 ') && !s.startsWith('100 '))).toBe(true);
  await expectNoAxeViolations(page);
});
