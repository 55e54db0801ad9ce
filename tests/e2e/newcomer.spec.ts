// What a newcomer trips on first: the administration overview, the icon, and a real
// not-found page in the address's language that leads back to the scorecards.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

test.describe('an administrator', () => {
  test.use({ storageState: storageState('admin') });

  test('opens /admin and sees what to do next with the organization’s counts', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Manage plans/ })).toHaveAttribute('href', '/admin/plans');
    await expect(page.getByRole('link', { name: /^Manage people/ })).toHaveAttribute('href', '/admin/users');
    await expect(page.getByText(/Strategic Plan 2022–2025: 12 goals/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Admin' }).click();
    await expect(page.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/admin');
  });
});

test.describe('a division lead', () => {
  test.use({ storageState: storageState('lead') });

  test('is sent to the dashboard from /admin', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test.describe('a visitor', () => {
  test('gets the icon', async ({ request }) => {
    const ico = await request.get('/favicon.ico');
    expect(ico.status()).toBe(200);
    expect(ico.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await request.get('/favicon.svg')).headers()['content-type']).toContain('image/svg+xml');
  });

  test('at an unknown address reads a not-found page in English with the published scorecards', async ({ page }) => {
    for (const path of ['/scorecard/nowhere', '/no-such-page']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Los Angeles County Office of Education' })).toHaveAttribute('href', '/scorecard/lacoe');
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    }
    await expectNoAxeViolations(page);
  });

  test('at an unknown plan of a known organization, in Spanish, is pointed to that organization’s plans', async ({ page }) => {
    const response = await page.goto('/es/scorecard/lacoe/no-existe');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
    await expect(page.getByRole('link', { name: /planes publicados/ })).toHaveAttribute('href', '/es/scorecard/lacoe');
    await expect(page.getByRole('link', { name: 'Ir a la página de inicio' })).toHaveAttribute('href', '/es');
    await expectNoAxeViolations(page);
  });

  test('sees the not-found page without any JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/scorecard/lacoe/2022-2025/goals/no-such-goal');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Los Angeles County Office of Education: published plans/ })).toBeVisible();
    await context.close();
  });
});
