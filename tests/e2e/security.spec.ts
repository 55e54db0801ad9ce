// Sign-in and sessions as a browser meets them: a link cannot send someone to another site
// after signing in, and signing out ends the session for every copy of its cookie.
import { expect, test } from '@playwright/test';

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
