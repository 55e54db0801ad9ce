import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA checks on the page as it stands; any violation fails the test. */
export async function expectNoAxeViolations(page: Page) {
  // After a server action the page re-renders, <head> included: check the page once it has its title again.
  await expect.poll(() => page.title(), { message: 'the page has a title' }).not.toBe('');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export const ROLES = ['admin', 'cabinet', 'lead', 'staff', 'lead2'] as const;
export const storageState = (role: (typeof ROLES)[number]) => `.data/e2e-auth/${role}.json`;

/** The second app server of playwright.config.ts: a new district's install, demo off, empty at start. */
export const districtBaseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
export const districtSetupLinkFile = '.data/e2e-district/setup-link';
