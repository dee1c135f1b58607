import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

// The emeritus register in headless Chromium, through the real stack: the settings form, a retirement
// recorded in a held seat (a grouped form, then check your answers) and judged, the seat slotted into the
// published timetable, the Clause V check naming the conflict, the retirement withdrawn with a reason, and
// the committee and history pages. Every page is scanned with axe (WCAG 2.2 AA).
const cloud = localCloud();
const staffId = `staff-emeritus-${randomUUID().slice(0, 6)}`;
const findings: AxeFinding[] = [];
let browser: Browser;
// A held seat of its own (E93…, a code no real seat has) and an MP no other suite uses.
const seatId = `E93${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const mpId = `mp-e2e-${randomUUID().slice(0, 8)}`;
const mpName = `Morwenna Test ${randomUUID().slice(0, 4)}`;
const today = new Date().toISOString().slice(0, 10);
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};
const summaryValue = (page: Page, key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first().innerText();

const signedIn = async (path: string) => {
  const page = await (await newPerson(browser)).newPage();
  await page.goto(`${cloud.consoleUrl}${path}`);
  await signInAs(page, staffId, 'hq-staff');
  return page;
};

beforeAll(async () => {
  // The seat is held by the party, so a retirement opens it; a published timetable takes it in
  const token = await cloud.token('hq-staff', staffId);
  const { party } = (await cloud.request('GET', '/selections/settings', { token })).body as { party: string };
  const imported = await cloud.request('POST', '/selections/seats/import', {
    token,
    body: `ONS ID,Constituency name,Region name,Country name,First party,Member first name,Member surname\n${seatId},Test Emeritus Seat,North West,England,${party},Morwenna,Test\n`,
    headers: { 'content-type': 'text/csv' },
  });
  expect(imported.status).toBe(200);
  const drafted = await cloud.request('POST', '/selections/timetables', {
    token,
    body: { from: utcDate(1), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 1000, blackouts: [] },
  });
  const { timetableId } = drafted.body as { timetableId: string };
  expect((await cloud.request('POST', `/selections/timetables/${timetableId}/publish`, { token })).status).toBe(200);
  // A retirement is judged against the register's expected election: a cloud whose settings were never saved has none
  const settings = (await cloud.request('GET', '/emeritus/settings', { token })).body as { expectedElectionOn: string | null; earlyAnnouncementMonths: number };
  if (settings.expectedElectionOn === null) {
    const saved = await cloud.request('PUT', '/emeritus/settings', { token, body: { expectedElectionOn: utcDate(3 * 365), earlyAnnouncementMonths: settings.earlyAnnouncementMonths } });
    expect(saved.status).toBe(200);
  }
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the emeritus register, in the console', () => {
  it('shows the settings, refuses a date that does not exist keeping what was typed, and saves them', async () => {
    const page = await signedIn('/emeritus/settings');
    await onPage(page, 'Emeritus register settings');
    await check(page, 'emeritus-settings');
    // The suites share the cloud's settings: saved back as they are, so nothing another suite judges by changes.
    const date = page.getByRole('group', { name: 'Expected date of the next general election' });
    const typed = { day: await date.getByLabel('Day').inputValue(), month: await date.getByLabel('Month').inputValue(), year: await date.getByLabel('Year').inputValue() };
    expect(typed.year).not.toBe('');
    await date.getByLabel('Day').fill('31');
    await date.getByLabel('Month').fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await onPage(page, 'Emeritus register settings', { error: true });
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe('The expected election date must be a real date');
    expect(await date.getByLabel('Month').inputValue()).toBe('2');
    await check(page, 'emeritus-settings-refused');
    await date.getByLabel('Day').fill(typed.day);
    await date.getByLabel('Month').fill(typed.month);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('The settings are saved.').waitFor();
  }, 90_000);

  it('records a retirement in a held seat after checking the answers, says whether the MP is emeritus-eligible and why, and the seat joins the published timetable', async () => {
    const page = await signedIn('/emeritus');
    await onPage(page, 'Emeritus register');
    await page.getByText(/^(No retirement matches\.|\d+ retirements?\.)$/).waitFor();
    await check(page, 'emeritus-register');
    await page.getByRole('link', { name: 'Record a retirement' }).click();
    await onPage(page, 'Record a retirement');

    // Nothing typed: every problem in the summary
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Record a retirement', { error: true });
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toStrictEqual([
      "Enter the MP's id",
      "Enter the MP's name",
      "Enter the GSS code of the MP's seat",
      'Enter the date the MP announced their retirement',
    ]);
    await check(page, 'emeritus-record-refused');

    await page.getByLabel("MP's id").fill(mpId);
    await page.getByLabel("MP's name").fill(mpName);
    await page.getByLabel('GSS code of their seat').fill(seatId);
    const announced = page.getByRole('group', { name: 'When did the MP announce their retirement?' });
    const [year, month, day] = today.split('-');
    await announced.getByLabel('Day').fill(String(Number(day)));
    await announced.getByLabel('Month').fill(String(Number(month)));
    await announced.getByLabel('Year').fill(year!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check the retirement before recording it');
    expect(await summaryValue(page, 'Seat')).toBe(seatId);
    await check(page, 'emeritus-record-check');
    await page.getByRole('button', { name: 'Record retirement' }).click();

    await onPage(page, `Retirement of ${mpName}`);
    await page.getByText(`${mpName}'s retirement is recorded`).waitFor();
    expect(await summaryValue(page, 'Why')).not.toBe('');
    expect(['Eligible', 'Not eligible']).toContain(await summaryValue(page, 'Emeritus committee'));
    await check(page, 'emeritus-retirement');

    // The selections service opened the seat and slotted it into the published timetable
    await page.goto(`${cloud.consoleUrl}/selections?seatId=${seatId}`);
    for (let tries = 0; tries < 20 && (await page.getByRole('link', { name: 'Test Emeritus Seat' }).count()) === 0; tries++) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    await page.getByRole('link', { name: 'Test Emeritus Seat' }).first().waitFor();
    // Scheduled, in a published timetable, its freeze date still ahead
    const token = await cloud.token('hq-staff', staffId);
    const listed = (await cloud.request('GET', `/selections/selections?seatId=${seatId}`, { token })).body as { items: { status: string; timetableId: string; start: string }[] };
    expect(listed.items.map(({ status }) => status)).toStrictEqual(['scheduled']);
    expect(listed.items[0]!.start > today).toBe(true);
    const timetable = (await cloud.request('GET', `/selections/timetables/${listed.items[0]!.timetableId}`, { token })).body as { status: string };
    expect(timetable.status).toBe('published');
  }, 120_000);

  it('names the retiring MP as a conflict in the Clause V check, and passes an MP who is not retiring', async () => {
    const page = await signedIn('/emeritus/clause-v-check');
    await onPage(page, 'Check a Clause V attendance list');
    await page.getByLabel("Other attendees' MP ids").fill(`${mpId}\nmp-nobody-${randomUUID().slice(0, 4)}`);
    await page.getByRole('button', { name: 'Check the list' }).click();
    const conflicts = page.getByRole('table', { name: '1 of the 2 attendees may not attend' });
    await conflicts.waitFor();
    expect(await conflicts.locator('tbody tr').count()).toBe(1);
    const [who, why] = await conflicts.locator('tbody tr td').allInnerTexts();
    expect(who).toBe(`${mpName} (${mpId})`);
    expect(why).toMatch(new RegExp(`^retiring at the next general election \\(announced on \\d{4}-\\d{2}-\\d{2}, seat ${seatId}\\): a retiring MP has a conflict of interest`));
    await check(page, 'emeritus-clause-v-conflict');
  }, 90_000);

  it('withdraws the retirement with a reason, refusing none given, and shows it in the history', async () => {
    const page = await signedIn(`/emeritus?status=active&seatId=${seatId}`);
    await onPage(page, 'Emeritus register');
    await page.getByRole('link', { name: mpName }).click();
    await onPage(page, `Retirement of ${mpName}`);
    await page.getByRole('link', { name: 'Withdraw this retirement' }).click();
    await onPage(page, 'Withdraw the retirement');
    await page.getByRole('button', { name: 'Withdraw retirement' }).click();
    await onPage(page, 'Withdraw the retirement', { error: true });
    await check(page, 'emeritus-withdraw-refused');
    await page.getByLabel('Why is the retirement withdrawn?').fill('The MP changed their mind');
    await page.getByRole('button', { name: 'Withdraw retirement' }).click();
    await onPage(page, `Retirement of ${mpName}`);
    await page.getByText(`${mpName}'s retirement is withdrawn`).waitFor();
    expect(await summaryValue(page, 'Status')).toBe('Withdrawn');
    await page.getByRole('heading', { name: 'Retirement withdrawn' }).waitFor();
    await check(page, 'emeritus-retirement-withdrawn');

    await page.goto(`${cloud.consoleUrl}/emeritus/committee`);
    await onPage(page, 'Emeritus committee');
    expect(await page.getByRole('link', { name: mpName }).count()).toBe(0);
    await check(page, 'emeritus-committee');

    await page.goto(`${cloud.consoleUrl}/emeritus/history`);
    await onPage(page, 'History of the register');
    await check(page, 'emeritus-history');
  }, 90_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
