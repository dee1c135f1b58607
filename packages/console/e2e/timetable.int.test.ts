import { existsSync, readFileSync } from 'node:fs';
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launch, newPerson, onPage, scan, SCREENSHOTS } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';

// HQ staff's timetable and selections in headless Chromium, through the real stack: the Commons Library's
// 2024 results imported, a timetable drafted with a blackout (refused first, answers kept), its charts, figures
// and seats read, published after the check page, a selection moved into the blackout and refused rule by rule,
// and a move over someone else's refused with the selection shown as it is now. The draft-to-publish journey is
// done once more by keyboard alone. Every page is scanned with axe (WCAG 2.2 AA) and photographed.
const RESULTS_FILE = '/work/shared/data/HoC-GE2024-results-by-constituency.csv';
const haveFile = existsSync(RESULTS_FILE);
if (!haveFile) console.warn(`timetable browser tests skipped: the Commons Library results file ${RESULTS_FILE} is not on this machine`);
const describeWithFile = haveFile ? describe : describe.skip;

const cloud = localCloud();
const staffId = `staff-e2e-tt-${randomUUID().slice(0, 6)}`;
const findings: AxeFinding[] = [];
let browser: Browser;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// The window opens on the first Monday at least a fortnight away, so every selection can still be moved.
const opens = (() => {
  const start = Date.parse(`${iso(Date.now() + 14 * DAY)}T00:00:00Z`);
  return start + ((8 - new Date(start).getUTCDay()) % 7) * DAY;
})();
const FROM = iso(opens);
const ELECTION = iso(opens + 3 * 365 * DAY);
const BLACKOUT = { from: iso(opens + 56 * DAY), to: iso(opens + 69 * DAY), reason: 'Summer recess' };
const parts = (date: string) => {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year as string };
};
const longDate = (date: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};
const summaryValue = (page: Page, key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first().innerText();
const fillDate = async (page: Page, group: string, date: string) => {
  const { day, month, year } = parts(date);
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(day);
  await fieldset.getByLabel('Month').fill(month);
  await fieldset.getByLabel('Year').fill(year);
};

const signedIn = async (path: string, heading: string) => {
  const person = await newPerson(browser);
  const page = await person.newPage();
  await page.goto(`${cloud.consoleUrl}${path}`);
  await signInAs(page, staffId, 'hq-staff');
  await onPage(page, heading);
  return page;
};

interface TimetableBody {
  timetableId: string;
  entries: { seatId: string; seatName: string; start: string }[];
  stats: { scheduled: number; peakWeeklyStarts: number; lowerBound: number; peakConcurrent: number; unscheduled: unknown[] };
}
let drafted: TimetableBody;

beforeAll(async () => {
  browser = await launch();
  if (!haveFile) return;
  const token = await cloud.token('hq-staff', staffId);
  const csv = readFileSync(RESULTS_FILE, 'utf8');
  // An import is an upsert, so a retry changes nothing; on a loaded machine the 650 writes can outrun the
  // function's timeout once.
  let imported = await cloud.request('POST', '/selections/seats/import', { token, body: csv, headers: { 'content-type': 'text/csv' } });
  for (let tries = 1; imported.status >= 500 && tries < 3; tries++) {
    imported = await cloud.request('POST', '/selections/seats/import', { token, body: csv, headers: { 'content-type': 'text/csv' } });
  }
  expect(imported.status).toBe(200);
  // Seats of its own that need a selection: a suite that publishes a timetable in the shared cloud before this
  // one drafts schedules the file's 220, and the draft must still place some, in Wales too (the filters below
  // look there). Codes no real seat has: E9… and W9… (real Welsh seats are W07…).
  // Named by letter, not number, so that every way of sorting names agrees on their order.
  const own = Array.from({ length: 12 }, (_, index) => {
    const name = `Timetable Test Seat ${String.fromCharCode(65 + index)}`;
    return index % 2 ? `W92${String(randomInt(0, 1_000_000)).padStart(6, '0')},${name},Wales` : `E92${String(randomInt(0, 1_000_000)).padStart(6, '0')},${name},North East`;
  });
  const ownImported = await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${own.join('\n')}\n`, headers: { 'content-type': 'text/csv' } });
  expect(ownImported.status).toBe(200);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describeWithFile("HQ staff's timetable and selections, in the console", () => {
  it('refuses a draft with no capacity and a blackout with no reason, keeping what was typed, then drafts it', async () => {
    const page = await signedIn('/timetables/new', 'Draft a timetable');
    await check(page, 'timetable-new');
    await fillDate(page, 'When the timetable opens', FROM);
    await fillDate(page, 'Expected election date', ELECTION);
    await page.getByLabel('Regional weekly capacity (optional)').fill('2');
    await page.getByRole('button', { name: 'Add a blackout' }).click();
    await fillDate(page, 'First day', BLACKOUT.from);
    await fillDate(page, 'Last day', BLACKOUT.to);
    await page.getByRole('button', { name: 'Draft the timetable' }).click();
    await onPage(page, 'Draft a timetable', { error: true });
    await check(page, 'timetable-new-refused');
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toStrictEqual(['Enter national weekly capacity', 'Enter blackout 1 reason']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await page.getByRole('group', { name: 'When the timetable opens' }).getByLabel('Year').inputValue()).toBe(parts(FROM).year);

    // Removing a row and adding it again, then the answers the API takes
    await page.getByRole('button', { name: 'Remove blackout 1' }).click();
    expect(await page.getByRole('group', { name: 'First day' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add a blackout' }).click();
    await page.getByLabel('Reason').fill(BLACKOUT.reason);
    await fillDate(page, 'First day', BLACKOUT.from);
    await fillDate(page, 'Last day', BLACKOUT.to);
    await page.getByLabel('National weekly capacity').fill('8');
    await page.getByRole('button', { name: 'Draft the timetable' }).click();
    await page.waitForURL(/\/timetables\/[0-9a-f-]{36}$/);
    await onPage(page, 'Draft timetable');
    const timetableId = page.url().split('/').at(-1) as string;
    const token = await cloud.token('hq-staff', staffId);
    drafted = (await cloud.request('GET', `/selections/timetables/${timetableId}`, { token })).body as TimetableBody;

    // The figures: the weekly peak is the lower bound
    expect(drafted.stats.scheduled).toBeGreaterThan(0);
    expect(drafted.stats.peakWeeklyStarts).toBe(drafted.stats.lowerBound);
    expect(await summaryValue(page, 'Scheduled')).toBe(`${drafted.stats.scheduled.toLocaleString('en-GB')} selections`);
    expect(await summaryValue(page, 'Peak weekly starts')).toBe(
      `${drafted.stats.peakWeeklyStarts}, equal to the lower bound of ${drafted.stats.lowerBound}: no timetable of these seats could have a lower weekly peak`,
    );
    expect(await summaryValue(page, 'Peak running at once')).toBe(`${drafted.stats.peakConcurrent} selections`);

    // The charts: drawn, captioned, summed up in words, with the blackout shaded and named
    const starts = page.getByRole('figure', { name: 'Selections starting each week, against the weekly capacity' });
    await starts.locator('svg > g rect').first().waitFor();
    expect(await starts.locator('svg').first().innerHTML()).toContain(`Blackout: ${BLACKOUT.reason}`);
    expect(await page.locator('#starts-summary').innerText()).toContain(`The most starting in one week is ${drafted.stats.peakWeeklyStarts} (week of`);
    expect(await page.locator('#running-summary').innerText()).toMatch(new RegExp(`^At most ${drafted.stats.peakConcurrent} selections run at once`));
    await page.locator('.app-chart').first().screenshot({ path: join(SCREENSHOTS, 'timetable-starts-chart.png') });
    await page.locator('.app-chart').nth(1).screenshot({ path: join(SCREENSHOTS, 'timetable-running-chart.png') });
    await starts.getByText('Show the weekly starts as a table').click();
    const weekly = starts.getByRole('table', { name: 'Selections starting each week' });
    const weeklyStarts = (await weekly.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect(weeklyStarts.reduce((a, b) => a + b, 0)).toBe(drafted.stats.scheduled);
    expect(Math.max(...weeklyStarts)).toBe(drafted.stats.lowerBound);
    expect(await weekly.locator('tbody tr', { hasText: BLACKOUT.reason }).count()).toBeGreaterThan(0);

    // The seats: every entry, filtered and sorted, the view in the URL
    const seats = page.getByRole('table', { name: /^Seats placed/ });
    expect(await seats.locator('tbody tr').count()).toBe(drafted.entries.length);
    await page.getByLabel('Region', { exact: true }).selectOption('Wales');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/region=Wales/);
    await page.getByRole('button', { name: 'Seat', exact: true }).click();
    await page.waitForURL(/region=Wales&sort=seat/);
    // The address changes a moment before the table is drawn sorted
    await page.getByRole('columnheader', { name: 'Seat', exact: true }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    const welsh = await page.getByRole('table', { name: 'Seats placed: in Wales' }).locator('tbody tr th').allInnerTexts();
    expect(welsh.length).toBeGreaterThan(0);
    expect(welsh).toStrictEqual([...welsh].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    await check(page, 'timetable-draft');
  }, 180_000);

  it('publishes the draft after a check page stating how many selections will be scheduled', async () => {
    const page = await signedIn(`/timetables/${drafted.timetableId}`, 'Draft timetable');
    await page.getByRole('link', { name: 'Check and publish' }).click();
    await onPage(page, 'Publish this timetable?');
    await page.getByText(/^\d[\d,]* selections$/).first().waitFor();
    const willSchedule = await summaryValue(page, 'Will be scheduled and announced');
    await check(page, 'timetable-publish-check');
    // Publishing writes each selection with its event; on a loaded machine the function can run past its
    // timeout part-way, and publishing again finishes the job (as the problem page invites a person to do).
    for (let tries = 0; tries < 4; tries++) {
      await page.getByRole('button', { name: 'Publish timetable' }).click();
      const outcome = await Promise.race([
        page.getByRole('heading', { level: 1, name: 'Timetable published' }).waitFor({ timeout: 120_000 }).then(() => 'published', () => 'waiting'),
        page.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }).waitFor({ timeout: 120_000 }).then(() => 'failed', () => 'waiting'),
      ]);
      if (outcome === 'published') break;
      await page.goto(`${cloud.consoleUrl}/timetables/${drafted.timetableId}/publish`);
      await onPage(page, 'Publish this timetable?');
    }
    await onPage(page, 'Timetable published');
    expect(await page.locator('.govuk-panel__body').innerText()).toBe(`${willSchedule} scheduled and announced`);
    await check(page, 'timetable-published');
  }, 420_000);

  it('lists the scheduled selections with filters kept across pages, and exports what they select', async () => {
    const page = await signedIn('/selections?status=scheduled', 'Selections');
    await page.getByLabel('Region', { exact: true }).selectOption('Wales');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/selections?status=scheduled&region=Wales');
    await page.getByRole('table', { name: 'Selections: scheduled, in Wales' }).waitFor();
    // The page shown stays while the filtered one loads.
    await page.locator('table[aria-busy="false"]').waitFor();
    const regions = await page.getByRole('table').locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(regions)).toStrictEqual(new Set(['Wales']));
    await check(page, 'selections');
    const next = page.getByRole('link', { name: 'Next page' });
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForURL(/status=scheduled&region=Wales&next=/);
    }
    await page.getByRole('button', { name: 'Export these selections as CSV' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Download selections\.csv/ }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
    expect(csv[0]?.startsWith('Selection id,GSS code,Seat,Nation,Region,Status')).toBe(true);
    expect(csv.length - 1).toBeGreaterThanOrEqual(regions.length);
    // Region then status: the filter is the region (another suite's seat may be in Wales with an English code)
    expect(csv.slice(1).filter((line) => !line.includes(',Wales,scheduled,'))).toStrictEqual([]);

    // By the day a phase is running: a seat's selection shows on its freeze date, not on the day before
    const entry = drafted.entries[0]!;
    const token = await cloud.token('hq-staff', staffId);
    const [selection] = ((await cloud.request('GET', `/selections/selections?seatId=${entry.seatId}&status=scheduled`, { token })).body as { items: { start: string }[] }).items;
    const showOn = async (date: string) => {
      await page.goto(`${cloud.consoleUrl}/selections?seatId=${entry.seatId}`);
      await onPage(page, 'Selections');
      await fillDate(page, 'A phase is running on', date);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(new RegExp(`activeOn=${date}`));
      await page.getByRole('table', { name: new RegExp(`running on ${longDate(date)}`) }).waitFor();
      await page.locator('table[aria-busy="false"]').waitFor();
      return page.getByRole('table').locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
    };
    expect(await showOn(selection!.start)).toStrictEqual([entry.seatName]);
    await check(page, 'selections-active-on');
    expect(await showOn(iso(Date.parse(`${selection!.start}T00:00:00Z`) - DAY))).toStrictEqual([]);
    expect(await page.getByText('No selections match.').count()).toBe(1);
  }, 120_000);

  it('refuses a move into the blackout naming every rule it breaks, and a move over someone else’s, showing the selection as it is now', async () => {
    const token = await cloud.token('hq-staff', staffId);
    const entry = drafted.entries[0]!;
    const listed = await cloud.request('GET', `/selections/selections?seatId=${entry.seatId}&status=scheduled`, { token });
    const selection = (listed.body as { items: { selectionId: string; start: string; revision: number }[] }).items[0]!;
    const page = await signedIn(`/selections/${selection.selectionId}`, entry.seatName);
    await page.getByRole('heading', { name: 'Phases' }).waitFor();
    expect(await page.locator('.moj-timeline__title').allInnerTexts()).toStrictEqual(['Freeze date', 'Nominations', 'Applications', 'Shortlisting', 'Hustings and ballot', 'Result']);
    await check(page, 'selection');

    await fillDate(page, 'Move it to a new freeze date', BLACKOUT.from);
    await page.getByRole('button', { name: 'Move selection' }).click();
    await onPage(page, entry.seatName, { error: true });
    const rules = await page.locator('.govuk-error-summary__list li').allInnerTexts();
    expect(rules).toContain(`It would break a rule: freeze would start on ${BLACKOUT.from}, inside blackout "${BLACKOUT.reason}"`);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    await check(page, 'selection-move-refused');

    // Someone else moves it a day or so later while this page is open (the same week, so it has room)
    let movedTo: string | undefined;
    for (let days = 1; days < 7 && movedTo === undefined; days++) {
      const start = iso(Date.parse(`${selection.start}T00:00:00Z`) + days * DAY);
      const moved = await cloud.request('PATCH', `/selections/selections/${selection.selectionId}`, { token, body: { start, expectedRevision: selection.revision } });
      if (moved.status === 200) movedTo = start;
    }
    expect(movedTo).toBeDefined();
    await fillDate(page, 'Move it to a new freeze date', iso(Date.parse(`${selection.start}T00:00:00Z`) + 7 * DAY));
    await page.getByRole('button', { name: 'Move selection' }).click();
    await page.getByText('Someone changed this selection since you opened it').waitFor();
    await page.waitForFunction((wanted) => document.querySelector('#current-state')?.textContent?.includes(wanted), longDate(movedTo!));
    expect(await summaryValue(page, 'Freeze date')).toBe(longDate(movedTo!));
    await check(page, 'selection-move-conflict');
  }, 120_000);

  it('drafts a timetable with a blackout, reads its weekly table and seats, exports them and publishes, by keyboard alone', async () => {
    // Prepare: seats of its own still needing a selection, since the test before published the rest
    const token = await cloud.token('hq-staff', staffId);
    const own = Array.from({ length: 4 }, (_, index) => `E92${String(randomInt(0, 1_000_000)).padStart(6, '0')},Keyboard Test Seat ${String.fromCharCode(65 + index)},North East`);
    expect((await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${own.join('\n')}\n`, headers: { 'content-type': 'text/csv' } })).status).toBe(200);
    const page = await signedIn('/timetables/new', 'Draft a timetable');
    const typeDate = async (date: string) => {
      const { day, month, year } = parts(date);
      await tabTo(page, 'Day');
      await page.keyboard.type(day);
      await page.keyboard.press('Tab');
      await page.keyboard.type(month);
      await page.keyboard.press('Tab');
      await page.keyboard.type(year);
    };
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    await typeDate(iso(opens + 7 * DAY));
    await typeDate(ELECTION);
    await tabTo(page, 'National weekly capacity');
    await page.keyboard.type('8');
    // A blackout added takes focus at its reason; removed, focus goes back to the add button; added again
    await tabTo(page, 'Add a blackout');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'blackouts-0-reason');
    await tabTo(page, 'Remove blackout 1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'add-blackout');
    expect(await page.getByRole('group', { name: 'First day' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'blackouts-0-reason');
    await page.keyboard.type(BLACKOUT.reason);
    await typeDate(BLACKOUT.from);
    await typeDate(BLACKOUT.to);
    expect(await focusedId()).toBe('blackouts-0-to-year');
    await check(page, 'timetable-new-keyboard');
    await tabTo(page, 'Draft the timetable');
    await page.keyboard.press('Enter');
    await onPage(page, 'Draft timetable');

    // What differs from the timetable the test before published
    await page.getByText(/^[\d,]+ selections already scheduled are not in this draft: they stay as published\.$/).waitFor();
    // The weekly starts as a table, opened from its summary
    await tabTo(page, 'Show the weekly starts as a table');
    await page.keyboard.press('Enter');
    const weekly = page.getByRole('table', { name: 'Selections starting each week' });
    await weekly.waitFor();
    expect(await weekly.locator('tbody tr', { hasText: BLACKOUT.reason }).count()).toBeGreaterThan(0);
    // The seats, sorted by seat from the first column's button (the first control in the table's region)
    await tabTo(page, 'Seats placed, scrolls sideways');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=seat/);
    await page.getByRole('columnheader', { name: 'Seat', exact: true }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    const names = await page.getByRole('table', { name: 'Seats placed' }).locator('tbody tr th').allInnerTexts();
    expect(names).toStrictEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    expect(names).toEqual(expect.arrayContaining(['Keyboard Test Seat A', 'Keyboard Test Seat D']));
    await check(page, 'timetable-draft-keyboard');
    // Exported as CSV: exactly the seats shown
    await tabTo(page, 'Download these seats placed (CSV)');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
    expect(csv[0]?.startsWith('GSS code,Seat,Region,freeze starts,freeze ends,nominations starts')).toBe(true);
    // (a name with a comma is quoted: each row holds its seat's name, in the table's order)
    expect(csv.length - 1).toBe(names.length);
    expect(csv.slice(1).filter((line, index) => !line.includes(`,${names[index]},`) && !line.includes(`,"${names[index]}",`))).toStrictEqual([]);

    await tabTo(page, 'Check and publish');
    await page.keyboard.press('Enter');
    await onPage(page, 'Publish this timetable?');
    await page.getByText(/^\d[\d,]* selections$/).first().waitFor();
    await check(page, 'timetable-publish-check-keyboard');
    await tabTo(page, 'Publish timetable');
    await page.keyboard.press('Enter');
    await onPage(page, 'Timetable published');
    await check(page, 'timetable-published-keyboard');
  }, 180_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
