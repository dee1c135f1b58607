import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud, startLocalCloudProcess, type LocalCloudClient, type LocalCloudProcess } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { downloaded } from './support/download.ts';
import { signInAs } from './support/sign-in.ts';

// HQ staff's seats in headless Chromium, through the real stack: the 2024 results imported in one click, the
// list filtered and sorted (the view kept in the URL), a seat's flags set and a bad date refused. Every page
// is scanned with axe (WCAG 2.2 AA) and photographed (.local/screenshots). It runs in a local cloud of its own:
// the seats needing a selection are counted exactly, and in the shared cloud other suites' timetables, flags and
// retirements change which do.
let cloudProcess: LocalCloudProcess;
let cloud: LocalCloudClient;
const sharedReadyFile = process.env.LOCAL_CLOUD_READY_FILE;
const staffId = `staff-e2e-${randomUUID().slice(0, 6)}`;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const findings: AxeFinding[] = [];
let browser: Browser;

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};
const summaryValue = (page: Page, key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first().innerText();

const signedIn = async () => {
  const person = await newPerson(browser);
  const page = await person.newPage();
  await page.goto(`${cloud.consoleUrl}/seats`);
  await signInAs(page, staffId, 'hq-staff');
  await onPage(page, 'Seats');
  return page;
};

beforeAll(async () => {
  cloudProcess = await startLocalCloudProcess({ name: 'seats-e2e' });
  cloud = localCloud();
  // The shared cloud stays the one every other suite of this worker reaches.
  if (sharedReadyFile === undefined) delete process.env.LOCAL_CLOUD_READY_FILE;
  else process.env.LOCAL_CLOUD_READY_FILE = sharedReadyFile;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cloudProcess?.stop();
});

describe("HQ staff's seats, in the console", () => {
  it('imports the 2024 results the platform ships in one click and reads the report', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'Seats', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Import seats from the Commons Library results file' }).click();
    await onPage(page, 'Import seats');
    await check(page, 'seats-import');

    await page.getByRole('button', { name: 'Import the 2024 results' }).click();
    await onPage(page, 'Seats imported');
    const [created, updated, unchanged, rejected] = await Promise.all(['Created', 'Updated', 'Unchanged', 'Rejected'].map(async (key) => Number((await summaryValue(page, key)).replace(/,/g, ''))));
    expect([created, updated, unchanged, rejected]).toStrictEqual([650, 0, 0, 0]);
    await check(page, 'seats-imported');
  }, 120_000);

  it('shows how far a chosen file has uploaded, then its report', async () => {
    const page = await signedIn();
    await page.goto(`${cloud.consoleUrl}/seats/import`);
    await onPage(page, 'Import seats');
    // A slow connection (40 KB/s up), so that the 113 KB file takes a few seconds to send
    const network = await page.context().newCDPSession(page);
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 40 * 1024 });
    await page.getByLabel('Upload a results file').setInputFiles(join(repoRoot, 'data', 'HoC-GE2024-results-by-constituency.csv'));
    await page.getByRole('button', { name: 'Upload and import' }).click();
    const progress = page.getByRole('progressbar', { name: 'Uploading HoC-GE2024-results-by-constituency.csv' });
    await progress.waitFor();
    await page.getByText(/^Uploading: \d+% sent$/).waitFor();
    await check(page, 'seats-import-uploading');
    await onPage(page, 'Seats imported');
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    // The test before imported the same file
    expect(await Promise.all(['Created', 'Unchanged', 'Rejected'].map((key) => summaryValue(page, key)))).toStrictEqual(['0', '650', '0']);
  });

  it('refuses a file whose header is not a results file, in plain words, nothing imported', async () => {
    const page = await signedIn();
    await page.goto(`${cloud.consoleUrl}/seats/import`);
    await onPage(page, 'Import seats');
    await page.getByLabel('Upload a results file').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('colour,size\nred,3\n') });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await onPage(page, 'Import seats', { error: true });
    await check(page, 'seats-import-refused');
    expect(await page.locator('.govuk-error-summary__list').innerText()).toMatch(/^The file was not imported: the file has no header line naming the columns .+ Nothing was changed\.$/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
  });

  it('refuses a file over the 2 MB an import takes before sending it, stating the limit, nothing imported', async () => {
    const page = await signedIn();
    await page.goto(`${cloud.consoleUrl}/seats/import`);
    await onPage(page, 'Import seats');
    // 2 MB and a little more of rows, every one a seat that would otherwise be created
    const row = (index: number) => `E98${String(index).padStart(6, '0')},Oversized Test Seat ${index},North East`;
    const rows: string[] = [];
    for (let index = 0, bytes = 0; bytes <= 2 * 1024 * 1024; index++) bytes += rows[rows.push(row(index)) - 1]!.length + 1;
    await page.getByLabel('Upload a results file').setInputFiles({ name: 'too-big.csv', mimeType: 'text/csv', buffer: Buffer.from(`gss_code,name,region\n${rows.join('\n')}\n`) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await onPage(page, 'Import seats', { error: true });
    expect(await page.locator('.govuk-error-summary__list').innerText()).toMatch(/^too-big\.csv is 2\.0 MB \(2,09\d,\d{3} bytes\): an import takes 2 MB \(2,097,152 bytes\) at most\. Split it, or send only the seats that changed\. Nothing was imported\.$/);
    await check(page, 'seats-import-too-big');
    const token = await cloud.token('hq-staff', staffId);
    expect((await cloud.request('GET', '/selections/seats/E98000000', { token })).status).toBe(404);
  });

  it('imports an uploaded file, listing each row it rejected with its line and reason', async () => {
    const page = await signedIn();
    await page.goto(`${cloud.consoleUrl}/seats/import`);
    await onPage(page, 'Import seats');
    const good = `E98${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    const file = `gss_code,name,region\n${good},Upload Test Seat,North East\nNOT-A-CODE,Nowhere,North East\n`;
    await page.getByLabel('Upload a results file').setInputFiles({ name: 'two-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await onPage(page, 'Seats imported');
    expect(await Promise.all(['Created', 'Rejected'].map((key) => summaryValue(page, key)))).toStrictEqual(['1', '1']);
    const rejected = page.getByRole('table', { name: 'Rows rejected' });
    const [line, code, reason] = await rejected.locator('tbody tr td').allInnerTexts();
    // A code that is not one is quoted in the reason, not echoed as a code
    expect([line, code]).toStrictEqual(['3', 'Not valid']);
    expect(reason).toContain("'NOT-A-CODE' is not a GSS code");
    await check(page, 'seats-import-rejected-rows');
  });

  it('filters to the seats needing a selection, page by page, and sorts them, the view kept in the URL', async () => {
    // Prepare: a seat of its own (E98…) that needs a selection, to be found among the file's
    const token = await cloud.token('hq-staff', staffId);
    const ownSeat = `E98${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${ownSeat},Test Needs Selection,North East\n`, headers: { 'content-type': 'text/csv' } });
    const page = await signedIn();
    await page.getByLabel('Needs a selection').selectOption('Yes');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/seats?needsSelection=true');
    await page.getByRole('table', { name: 'Seats: needing a selection' }).waitFor();
    await check(page, 'seats-needing-selection');

    // Every page, by its Next link; this file's own seats (E9…, a code no real seat has) left out of the count.
    let real = 0;
    let sawOwn = false;
    let previousFirst = '';
    for (let pages = 0; pages < 20; pages++) {
      // The page shown stays while the next loads: wait for the new page's seats.
      await page.locator('table[aria-busy="false"]').waitFor();
      await page.waitForFunction((code) => document.querySelector('tbody tr td:nth-child(5)')?.textContent !== code, previousFirst);
      const codes = await page.getByRole('table').locator('tbody tr td:nth-child(5)').allInnerTexts();
      const statuses = await page.getByRole('table').locator('tbody tr td:nth-child(6)').allInnerTexts();
      expect(new Set(statuses)).toStrictEqual(new Set(['Needs a selection']));
      real += codes.filter((code) => !/^[EW]9/.test(code)).length;
      sawOwn ||= codes.includes(ownSeat);
      previousFirst = codes[0] ?? '';
      const next = page.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      const before = page.url();
      await next.click();
      await page.waitForURL((url) => url.href !== before && url.searchParams.has('next'));
    }
    expect(sawOwn).toBe(true);
    // The 2024 file alone gives 220
    expect(real).toBe(220);

    // Sorted by majority, largest first, in the URL: a refresh shows the same
    await page.goto(`${cloud.consoleUrl}/seats?nation=Wales`);
    await page.getByRole('button', { name: 'Majority' }).click();
    await page.getByRole('button', { name: 'Majority' }).click();
    await page.waitForURL('**/seats?nation=Wales&sort=majority&dir=descending');
    await page.reload();
    await onPage(page, 'Seats');
    expect(await page.getByRole('columnheader', { name: 'Majority' }).getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByLabel('Nation').inputValue()).toBe('Wales');
    await page.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    const majorities = (await page.getByRole('table').locator('tbody tr td:nth-child(3)').allInnerTexts()).map((text) => Number(text.replace(/,/g, '')));
    expect(majorities.length).toBeGreaterThan(0);
    expect(majorities).toStrictEqual([...majorities].sort((a, b) => b - a));
    await check(page, 'seats-wales-by-majority');
  }, 120_000);

  it("sets a seat's flags and sees them saved, and refuses a date that does not exist, keeping the answers", async () => {
    const page = await signedIn();
    await page.goto(`${cloud.consoleUrl}/seats/W07000081`);
    await onPage(page, 'Aberafan Maesteg');
    expect(await summaryValue(page, 'MP')).toBe('Stephen Kinnock');
    expect(await summaryValue(page, 'Majority')).toBe('10,354');
    await check(page, 'seat');

    await page.getByRole('group', { name: 'Priority' }).getByLabel('1 (highest)').check();
    await page.getByRole('group', { name: 'Shortlist' }).getByLabel('All-women').check();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2031');
    await page.getByRole('button', { name: 'Save flags' }).click();
    await page.getByText("The seat's flags are saved").waitFor();
    await page.reload();
    await onPage(page, 'Aberafan Maesteg');
    expect(await summaryValue(page, 'Boundary review until')).toBe('31 March 2031');
    expect(await page.getByRole('group', { name: 'Priority' }).getByLabel('1 (highest)').isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Shortlist' }).getByLabel('All-women').isChecked()).toBe(true);
    await check(page, 'seat-saved');

    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByRole('button', { name: 'Save flags' }).click();
    await onPage(page, 'Aberafan Maesteg', { error: true });
    await check(page, 'seat-bad-date');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    await page.getByRole('link', { name: 'The boundary review date must be a real date, like 31 3 2027' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('boundaryReviewUntil-day');
    expect(await page.getByLabel('Day').inputValue()).toBe('31');
    expect(await page.getByLabel('Month').inputValue()).toBe('2');
  }, 90_000);

  it('searches every seat by name ignoring accents, sorts across pages, and downloads exactly the seats the view selects', async () => {
    const page = await signedIn();
    await page.getByLabel('Seat name or GSS code').fill('ynys mon');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/seats?search=ynys+mon');
    // The page shown stays while the search loads: wait for the answer, then read the whole table
    await page.getByRole('table', { name: 'Seats: matching "ynys mon"' }).waitFor();
    await page.locator('table[aria-busy="false"] tbody tr td:first-child', { hasText: 'Ynys Môn' }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr td:nth-child(1)').allInnerTexts()).toStrictEqual(['Ynys Môn']);
    await check(page, 'seats-search');

    // The largest electorate of the 650 heads the first page: the API sorted them all, not the page shown.
    // (The suites' own seats, E9… and W9…, are left out.)
    await page.goto(`${cloud.consoleUrl}/seats?sort=electorate&dir=descending`);
    await page.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    const byElectorate = await page.getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent, tr.children[4]?.textContent]));
    expect(byElectorate.find(([, code]) => !/^[EW]9/.test(code ?? ''))?.[0]).toBe('Manchester Central');

    await page.goto(`${cloud.consoleUrl}/seats?nation=Wales&held=false`);
    await page.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    const shown = await page.getByRole('table').locator('tbody tr td:nth-child(5)').allInnerTexts();
    const { name, text: csv } = await downloaded(page, page.getByRole('button', { name: 'Download these seats (CSV)' }));
    expect(name).toBe('seats.csv');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe('GSS code,Seat,Nation,Region,First party,Sitting MP,Majority,Electorate,Held,Contested,Needs a selection,Island,Boundary review until,Priority,Shortlist');
    expect(rows.map((row) => row.split(',')[0])).toStrictEqual(shown);
    await page.getByText(`Downloaded seats.csv: ${shown.length} rows.`).waitFor();
  }, 90_000);

  it("refuses a save over flags someone changed since the page was read, and shows the flags as they are now", async () => {
    // Prepare: two people open the same seat
    const [mine, theirs] = [await signedIn(), await signedIn()];
    for (const page of [mine, theirs]) {
      await page.goto(`${cloud.consoleUrl}/seats/W07000112`);
      await onPage(page, 'Ynys Môn');
    }
    const current = (await mine.getByRole('group', { name: 'Priority' }).getByLabel('3 (lowest)').isChecked()) ? '2' : '3 (lowest)';
    // Act: they save first; then I save something else
    await theirs.getByRole('group', { name: 'Priority' }).getByLabel(current).check();
    await theirs.getByRole('button', { name: 'Save flags' }).click();
    await theirs.getByText("The seat's flags are saved").waitFor();
    await mine.getByRole('group', { name: 'Priority' }).getByLabel('1 (highest)').check();
    await mine.getByRole('button', { name: 'Save flags' }).click();
    // Assess
    await mine.getByText("Someone else changed this seat's flags while you had it open, so your changes were not saved.").waitFor();
    // The page reads the seat again and shows their flags in place of mine
    await mine.locator(`input[name="priority"][value="${current === '2' ? '2' : '3'}"]:checked`).waitFor();
    expect(await mine.getByRole('group', { name: 'Priority' }).getByLabel('1 (highest)').isChecked()).toBe(false);
    await check(mine, 'seat-changed-meanwhile');
  }, 90_000);

  it('sets a seat aside as uncontested with its reason, refusing a row without one, and puts it back', async () => {
    // Prepare: a seat of its own (E95…), which needs a selection
    const token = await cloud.token('hq-staff', staffId);
    const seatId = `E95${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${seatId},Test Uncontested,North East\n`, headers: { 'content-type': 'text/csv' } });
    const page = await signedIn();
    await page.getByRole('link', { name: 'Which seats the party contests' }).click();
    await onPage(page, 'Which seats the party contests');
    await check(page, 'contest-settings');
    const rows = await page.locator('fieldset.app-blackout').count();

    // Act: a row with no reason is refused, the code kept; with one it is saved
    await page.getByRole('button', { name: 'Add an uncontested seat' }).click();
    await page.getByLabel('GSS code').nth(rows).fill(seatId);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await onPage(page, 'Which seats the party contests', { error: true });
    await check(page, 'contest-settings-refused');
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe(`Enter why uncontested seat ${rows + 1} is not contested`);
    expect(await page.getByLabel('GSS code').nth(rows).inputValue()).toBe(seatId);
    await page.getByLabel('Reason').nth(rows).fill('An electoral pact, for this test');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('The settings are saved.').waitFor();

    // Assess: the seat is no longer contested
    await page.goto(`${cloud.consoleUrl}/seats/${seatId}`);
    await onPage(page, 'Test Uncontested');
    expect(await summaryValue(page, 'Status')).toBe('Not contested');

    // Put the settings back as they were, for the suites that share the cloud
    await page.goto(`${cloud.consoleUrl}/seats/settings`);
    await onPage(page, 'Which seats the party contests');
    await page.getByRole('button', { name: `Remove uncontested seat ${rows + 1} (${seatId})` }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('The settings are saved.').waitFor();
    expect(await page.locator('fieldset.app-blackout').count()).toBe(rows);
  }, 90_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
