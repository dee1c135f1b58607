import type { Page } from 'playwright-core';

/**
 * Completes the local OpenID provider's sign-in page as the person `sub` with `role`, as a person would:
 * the user id typed, the role chosen, Sign in pressed.
 *
 * @example
 * await page.goto(`${consoleUrl}/applications`); await signInAs(page, 'cand-1', 'candidate');
 */
export const signInAs = async (page: Page, sub: string, role: 'hq-staff' | 'finance' | 'candidate'): Promise<void> => {
  await page.getByLabel('User id').fill(sub);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
};
