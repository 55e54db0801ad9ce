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
