// One signed-in browser state per demo role, saved once and reused by the tests.
import { expect, test as setup } from '@playwright/test';
import { ROLES, storageState } from './support';

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(`${role}@example.org`);
    await page.getByLabel('Password').fill('northstar-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.context().storageState({ path: storageState(role) });
  });
}
