import type { Page } from 'playwright-core';

/** What has focus: its accessible-ish text, and whether the focus is visible (an outline or govuk's box shadow). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    // A heading takes focus only to announce a new page: it is not a control to reach.
    if (!element || element === document.body || /^H[1-6]$/.test(element.tagName)) return { text: '', visible: false };
    const style = getComputedStyle(element);
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : undefined;
    return {
      text: `${element.getAttribute('aria-label') ?? ''} ${label ?? ''} ${element.innerText ?? ''} ${(element as HTMLInputElement).value ?? ''}`.replace(/\s+/g, ' ').trim(),
      visible: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
    };
  });

/**
 * Presses Tab until the control whose text or label contains `name` has focus, as a keyboard user would,
 * and fails if it never does or if its focus cannot be seen (WCAG 2.4.7).
 *
 * @example
 * await tabTo(page, 'Start now'); await page.keyboard.press('Enter');
 */
export const tabTo = async (page: Page, name: string, { max = 60 } = {}): Promise<void> => {
  // A new page moves focus to its heading once it has rendered (until then the control pressed on the page
  // before is gone and the body has focus); a person starts tabbing after that.
  await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 2_000 }).catch(() => undefined);
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.text.includes(name)) {
      if (!now.visible) throw new Error(`"${name}" took focus, but its focus is not visible`);
      return;
    }
  }
  throw new Error(`"${name}" never took focus in ${max} presses of Tab`);
};
