import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { downloaded } from './support/download.ts';
import { signInAs } from './support/sign-in.ts';

// A timetable's calendar in headless Chromium, through the real stack: the CSV and ICS downloads, a
// subscription link made, followed by a calendar app (a plain fetch without a token), revoked after a
// confirmation and then refused; and HQ staff's home page with what needs attention. Every page is
// scanned with axe (WCAG 2.2 AA).
const cloud = localCloud();
const staffId = `staff-cal-${randomUUID().slice(0, 6)}`;
const findings: AxeFinding[] = [];
let browser: Browser;
let timetableId: string;
const seatName = `Calendar Test ${randomUUID().slice(0, 4)}`;
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};

const signedIn = async (path: string) => {
  const page = await (await newPerson(browser)).newPage();
  await page.goto(`${cloud.consoleUrl}${path}`);
  // The home page is public: it asks to sign in; a staff page sends the person to sign in at once.
  if (path === '/') await page.getByRole('button', { name: 'Sign in' }).click();
  await signInAs(page, staffId, 'hq-staff');
  return page;
};

beforeAll(async () => {
  // A seat of its own (E94…, a code no real seat has) in a published timetable that starts tomorrow
  const token = await cloud.token('hq-staff', staffId);
  const seatId = `E94${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  const imported = await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${seatId},${seatName},North East\n`, headers: { 'content-type': 'text/csv' } });
  expect(imported.status).toBe(200);
  const drafted = await cloud.request('POST', '/selections/timetables', {
    token,
    body: { from: utcDate(1), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 1000, blackouts: [] },
  });
  timetableId = (drafted.body as { timetableId: string }).timetableId;
  expect((await cloud.request('POST', `/selections/timetables/${timetableId}/publish`, { token })).status).toBe(200);
  // The drumbeat spreads the seats over the window: move this one to start tomorrow, so it starts this week or next
  const [selection] = ((await cloud.request('GET', `/selections/selections?seatId=${seatId}`, { token })).body as { items: { selectionId: string; revision: number }[] }).items;
  const moved = await cloud.request('PATCH', `/selections/selections/${selection!.selectionId}`, { token, body: { start: utcDate(1), expectedRevision: selection!.revision } });
  expect(moved.status).toBe(200);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("a timetable's calendar, in the console", () => {
  it('downloads the timetable as a spreadsheet and as a calendar file, each holding the seat', async () => {
    const page = await signedIn(`/timetables/${timetableId}/calendar`);
    await onPage(page, 'Timetable calendar');
    await check(page, 'calendar');
    const csv = await downloaded(page, page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }));
    const ics = await downloaded(page, page.getByRole('button', { name: 'Download as a calendar file (ICS)' }));
    expect({ csv: csv.name, ics: ics.name }).toStrictEqual({ csv: `timetable-${timetableId}.csv`, ics: `timetable-${timetableId}.ics` });
    expect(csv.text).toContain(seatName);
    expect(ics.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.text).toContain(seatName);
  }, 90_000);

  it('makes a link shown once that a calendar app can follow, lists who made it, and revokes it after a confirmation so the feed refuses it', async () => {
    const page = await signedIn(`/timetables/${timetableId}/calendar`);
    await onPage(page, 'Timetable calendar');
    await page.getByRole('button', { name: 'Create a subscription link' }).click();
    const url = await page.getByLabel('Subscription link').inputValue();
    await page.getByText('You will see this link only once.').waitFor();
    await page.getByText('Add it to Google Calendar').click();
    await check(page, 'calendar-link-made');

    // A calendar app follows it without a token
    const followed = await fetch(url);
    expect({ status: followed.status, type: followed.headers.get('content-type')?.split(';')[0] }).toStrictEqual({ status: 200, type: 'text/calendar' });
    expect(await followed.text()).toContain(seatName);

    // The list says who made it; revoking asks first
    const row = page.getByRole('row', { name: new RegExp(`^${staffId} .+ Active`) });
    await row.waitFor();
    await row.getByRole('link', { name: /^Revoke/ }).click();
    await onPage(page, 'Revoke this calendar link?');
    await check(page, 'calendar-revoke');
    await page.getByRole('button', { name: 'Revoke link' }).click();
    await onPage(page, 'Timetable calendar');
    await page.getByText(/is revoked\. Calendars following it no longer update\.$/).waitFor();
    await check(page, 'calendar-link-revoked');

    expect((await fetch(url)).status).toBe(404);
    // Reloaded, the page no longer holds the link's address anywhere
    await page.reload();
    await onPage(page, 'Timetable calendar');
    expect(await page.content()).not.toContain(new URL(url).searchParams.get('key'));
  }, 90_000);

  it("shows HQ staff what needs attention on their home page: the new seat's first phase starts this week or next", async () => {
    const page = await signedIn('/');
    // The home page's title is "Home"; its heading, the platform's name
    await page.getByRole('heading', { level: 1, name: 'Selections platform' }).waitFor();
    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();
    const phases = page.getByRole('region', { name: 'Phases starting this week and next' });
    await phases.getByRole('link', { name: seatName }).first().waitFor();
    for (const section of ['Seats needing a selection', 'Selections flagged by a withdrawn retirement', 'Retirements recorded in the last 30 days']) {
      await page.getByRole('region', { name: section }).waitFor();
    }
    await check(page, 'home-hq-staff');
  }, 90_000);

  it('finds the published timetable and its calendar from the Timetables page', async () => {
    const page = await signedIn('/timetables');
    await onPage(page, 'Timetables');
    await page.getByRole('link', { name: 'Its calendar: download it, or make a link for a calendar app' }).click();
    await onPage(page, 'Timetable calendar');
    await page.goBack();
    await onPage(page, 'Timetables');
    await check(page, 'timetables');
  }, 90_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
