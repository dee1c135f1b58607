import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/**
 * Clicks what starts a download and answers the file the browser saved: its suggested name and its text.
 *
 * @example
 * const { name, text } = await downloaded(page, page.getByRole('button', { name: 'Download (CSV)' }));
 */
export const downloaded = async (page: Page, trigger: Locator): Promise<{ name: string; text: string }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
};
