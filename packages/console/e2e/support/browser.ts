import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium: Playwright's own browser downloads cannot work on these machines. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the journeys leave a screenshot of each page they scan, to be looked at. */
export const SCREENSHOTS = join(process.cwd(), '.local', 'screenshots');

export const launch = async (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/** A fresh browser profile: its own cookies and session storage, as a new person at a new computer. */
export const newPerson = (browser: Browser, viewport = { width: 1024, height: 800 }): Promise<BrowserContext> =>
  browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  readonly page: string;
  readonly rule: string;
  readonly nodes: readonly string[];
}

/**
 * Scans the page with axe-core for WCAG 2.2 AA and saves a screenshot named `name`; answers the violations
 * (the journeys expect none), each with the page it was found on.
 *
 * @example
 * expect(await scan(page, 'start')).toStrictEqual([]);
 */
export const scan = async (page: Page, name: string): Promise<AxeFinding[]> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((violation) => ({ page: name, rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
};

/** Whether the page scrolls sideways at its current width: it must not at 320 px (WCAG 1.4.10, reflow). */
export const scrollsSideways = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/**
 * Waits for the page whose main heading is `title` (and its error summary, when refused), then checks the
 * document title names it, "Error: " first when refused, as the GOV.UK Design System asks.
 *
 * @example
 * await onPage(page, 'How much are you asking for?', { error: true });
 */
export const onPage = async (page: Page, title: string, { error = false } = {}): Promise<void> => {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  if (error) await page.locator('.govuk-error-summary').waitFor();
  const expected = `${error ? 'Error: ' : ''}${title} - Selections platform`;
  // The title is set just after the page renders: give it a moment, then say what it was.
  await page.waitForFunction((wanted) => document.title === wanted, expected, { timeout: 5_000 }).catch(async () => {
    throw new Error(`the page "${title}" is titled "${await page.title()}", not "${expected}"`);
  });
};
