// One signed-in browser state per demo role, saved once and reused by the tests.
import { test as setup } from '@playwright/test';
import { ROLES, signInAsDemo, storageState } from './support';

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInAsDemo(page, `${role}@example.org`);
    await page.context().storageState({ path: storageState(role) });
  });
}
