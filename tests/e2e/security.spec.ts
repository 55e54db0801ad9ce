// Sign-in and sessions as a browser meets them: a link cannot send someone to another site
// after signing in, and signing out ends the session for every copy of its cookie.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

// An account no other browser test signs in with: signing out ends all of its sessions.
const EMAIL = 'admin@smcoe.example.org';

async function signIn(page: import('@playwright/test').Page, callbackUrl?: string) {
  await page.goto(callbackUrl === undefined ? '/login' : `/login?callbackUrl=${callbackUrl}`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('after signing in', () => {
  for (const payload of ['/%5Cevil.example/x', '/%09/evil.example/x', '/%5C%5Cevil.example', '//evil.example', 'https://evil.example/']) {
    test(`a login link with callbackUrl=${payload} stays on Northstar`, async ({ page }) => {
      await signIn(page, payload);
      await expect(page).toHaveURL(/\/dashboard$/);
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    });
  }

  test('a login link to a page of the app goes there', async ({ page }) => {
    await signIn(page, encodeURIComponent('/admin/users'));
    await expect(page).toHaveURL(/\/admin\/users$/);
  });
});

test('signing out ends the session: the old cookie opens nothing and the session endpoint answers nothing', async ({ page, browser, baseURL }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  const cookies = await page.context().cookies();
  // A copy of the cookie, as a second tab or a stolen cookie would hold it.
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(cookies);
  const other = await copy.newPage();
  await other.goto('/admin/users');
  await expect(other.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const session = await copy.request.get('/api/auth/session');
  expect(await session.json()).toEqual({});
  await other.goto('/admin/users');
  await expect(other).toHaveURL(/\/login/);
  await copy.close();
});

test('five wrong passwords lock the account; an administrator sees it and unlocks it', async ({ page, browser, baseURL }) => {
  // The staff account's saved session (other tests') is untouched: a lock only refuses new sign-ins.
  await page.goto('/login');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill('staff@example.org');
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('do not match');
  }
  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many failed sign-ins');
  await expect(page).toHaveURL(/\/login/);

  const admin = await browser.newContext({ baseURL, storageState: storageState('admin') });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/users');
  await expect(adminPage.getByText(/Sign-in locked after 5 wrong passwords, until/)).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await adminPage.getByRole('button', { name: 'Unlock Priya Natarajan' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'Priya Natarajan can sign in again.' })).toBeVisible();
  await expect(adminPage.getByText(/Sign-in locked/)).toHaveCount(0);
  await admin.close();

  await page.getByLabel('Password').fill('northstar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test.describe('routes answer a refusal with its status and words, never a 500', () => {
  const IMPORT = '/admin/plans/2022-2025/observations/import?mode=preview&fileName=values.csv';

  test('a cross-site or sandboxed upload is 403, an oversized one 413', async ({ browser, baseURL }) => {
    const admin = await browser.newContext({ baseURL, storageState: storageState('admin') });
    for (const origin of ['null', 'https://evil.example', 'not a url']) {
      const response = await admin.request.post(IMPORT, { headers: { Origin: origin, 'Content-Type': 'text/csv' }, data: 'plan,goal\n' });
      expect(response.status(), origin).toBe(403);
      expect(await response.json()).toMatchObject({ type: 'error', code: 'FORBIDDEN', message: 'Cross-site uploads are refused.' });
    }
    const big = await admin.request.post(IMPORT, { headers: { 'Content-Type': 'text/csv' }, data: Buffer.alloc(11 * 1024 * 1024, 'a') });
    expect(big.status()).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('larger than 10 MB') });
    await admin.close();
  });

  test('downloads refuse a visitor who is not signed in (401) and an unknown plan (404)', async ({ request }) => {
    const exported = await request.get('/admin/plans/2022-2025/export.json', { maxRedirects: 0 });
    expect(exported.status()).toBe(401);
    expect(await exported.json()).toMatchObject({ error: 'UNAUTHENTICATED', message: 'Please sign in to continue.' });
    // The dashboard's downloads sit behind the proxy's sign-in redirect as well.
    const report = await request.get('/dashboard/report/csv', { maxRedirects: 0 });
    expect(report.status()).toBe(307);
    expect(report.headers().location).toContain('/login?callbackUrl=%2Fdashboard%2Freport%2Fcsv');
    const openData = await request.get('/scorecard/lacoe/no-such-plan/data.csv');
    expect(openData.status()).toBe(404);
    expect(await openData.text()).toContain('does not exist');
  });
});
