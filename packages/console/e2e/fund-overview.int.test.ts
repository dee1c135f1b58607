import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud, openSelection } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

// Finance's view of the fund in headless Chromium, through the real stack. The shared fund's one rate is 3% from
// 2020-01-01 and other files levy donations dated today, so this file sets the same rate, levies a donation of
// its own today, and adds only a rate far in the future (no donation can be dated after it: the API refuses
// donations dated later than today). Every page is scanned with axe and photographed (.local/screenshots).
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const financeId = `fin-e2e-${run}`;
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const FAR_FUTURE = { percent: '2.5', day: '1', month: '1', year: '2199' };
const findings: AxeFinding[] = [];
let browser: Browser;

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};
const fillRate = async (page: Page, { percent, day, month, year }: typeof FAR_FUTURE) => {
  await page.getByLabel('Rate, as a percentage of each donation').fill(percent);
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(year);
  await page.getByRole('button', { name: 'Continue' }).click();
};
const [yearOf, monthOf, dayOf] = yesterday.split('-');

beforeAll(async () => {
  const finance = await cloud.token('finance', financeId);
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE });
  expect([200, 201]).toContain(rate.status);
  // A donation of this file's own, dated today and levied, so that a rate from yesterday reaches back over it.
  const donationId = `fin-e2e-${run}`;
  const donated = await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 10_000, receivedOn: today, source: 'donation' } });
  expect(donated.status).toBe(202);
  const [launched, seat] = await Promise.all([
    launch(),
    openSelection(cloud, `Cwm Siart ${run}`),
    eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), { what: `donation ${donationId} to be levied` }),
  ]);
  browser = launched;
  // A grant of £1.00 approved today out of that levy, so that the month's chart has a granted bar too.
  const applied = await cloud.request('POST', '/fund/applications', {
    token: await cloud.token('candidate', `cand-e2e-${run}`),
    body: { seatId: seat.seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: 100, statement: 'Travel to the hustings.' },
  });
  expect(applied.status).toBe(201);
  const approved = await cloud.request('POST', `/fund/applications/${(applied.body as { applicationId: string }).applicationId}/decision`, {
    token: finance,
    body: { decision: 'approve', amountPence: 100 },
  });
  expect(approved.status).toBe(200);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("finance's view of the fund, in the console", () => {
  it('shows the balance in pounds, the reconciliation balanced and the levy rate in force', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund/overview`);
    await signInAs(page, financeId, 'finance');
    await page.waitForURL('**/fund/overview');
    await onPage(page, 'Fund overview');
    await page.getByText('Balanced', { exact: true }).waitFor();
    await page.locator('#levy-rate-in-force').waitFor();
    const balance = (await cloud.request('GET', '/fund/balance', { token: await cloud.token('finance', financeId) })).body as { raisedPence: number };
    expect(balance.raisedPence).toBeGreaterThanOrEqual(10_000);
    expect(await page.locator('.govuk-summary-list__key').allInnerTexts()).toStrictEqual(['Raised', 'Refunded', 'Levied', 'Committed to grants', 'Paid out', 'Available']);
    for (const value of await page.locator('.govuk-summary-list__value').allInnerTexts()) expect(value).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(await page.getByText("The running totals are exactly what the ledger's entries add up to.").count()).toBe(1);
    expect(await page.locator('#levy-rate-in-force').innerText()).toBe('3% of each donation, since 1 January 2020.');
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts()).toStrictEqual(['Fund', 'Levy rates', 'Donations', 'Ledger', 'Applications', 'Diversity report', 'Dead letters', 'API reference']);
    await check(page, 'finance-overview');
    await person.close();
  });

  it('charts the money levied and granted each month and the available balance, each with its summary and table, the months in the URL', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund/overview`);
    await signInAs(page, financeId, 'finance');
    await page.waitForURL('**/fund/overview');
    await onPage(page, 'Fund overview');
    const money = page.getByRole('figure', { name: 'Money in and out by month' });
    const balanceChart = page.getByRole('figure', { name: 'Available balance' });
    await money.locator('.app-chart__plot svg').waitFor();
    await balanceChart.locator('.app-chart__plot svg').waitFor();
    const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    // The last twelve months by default, this one last, this file's levy of £3.00 in it
    await money.getByText('Show the money in and out as a table').click();
    await balanceChart.getByText('Show the available balance as a table').click();
    const moneyRows = money.getByRole('table', { name: 'Money in and out by month' }).locator('tbody tr');
    expect(await moneyRows.count()).toBe(12);
    const lastMoney = await moneyRows.last().locator('th, td').allInnerTexts();
    expect(lastMoney[0]).toBe(thisMonth);
    expect(Number(lastMoney[1]!.replace(/[£,]/g, ''))).toBeGreaterThanOrEqual(3);
    expect(Number(lastMoney[2]!.replace(/[£,]/g, ''))).toBeGreaterThanOrEqual(1);
    // Granted bars are hatched, one a month (a month with none has a bar of no height)
    expect(await money.locator('rect[fill="url(#app-granted-hatch)"]').count()).toBe(12);
    for (const cell of lastMoney.slice(1)) expect(cell).toMatch(/^-?£\d{1,3}(,\d{3})*\.\d{2}$/);
    // The balance at this month's end is the balance the page shows
    const balanceRows = balanceChart.getByRole('table', { name: 'Available balance at the end of each month' }).locator('tbody tr');
    const available = await page.locator('.govuk-summary-list__row', { hasText: 'Available' }).locator('.govuk-summary-list__value').innerText();
    expect(await balanceRows.last().locator('th, td').allInnerTexts()).toStrictEqual([thisMonth, available]);
    expect(await page.locator('#money-summary').innerText()).toMatch(/^From \w+ \d{4} to \w+ \d{4}, £[\d,]+\.\d{2} was levied and -?£[\d,]+\.\d{2} granted, net of refunds and cancelled approvals; £[\d,]+\.\d{2} was paid out\./);
    expect(await page.locator('#balance-summary').innerText()).toContain(`${available} at the end of ${thisMonth}.`);
    await check(page, 'finance-overview-charts');

    // Three months chosen: the URL keeps them, and the tables have three rows
    const months = await page.locator('#to option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await page.getByLabel('From the start of').selectOption(months[2]!);
    await page.getByLabel('To the end of').selectOption(months[0]!);
    await page.getByRole('button', { name: 'Show these months' }).click();
    await page.waitForURL(`**/fund/overview?from=${months[2]}&to=${months[0]}`);
    await page.waitForFunction(() => document.querySelectorAll('table[class="govuk-table"] tbody tr').length === 6);
    expect(await moneyRows.count()).toBe(3);

    // Backwards: refused in the summary, the charts left as they were
    await page.getByLabel('From the start of').selectOption(months[0]!);
    await page.getByLabel('To the end of').selectOption(months[2]!);
    await page.getByRole('button', { name: 'Show these months' }).click();
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['The first month must be the same as the last month or before it']);
    await check(page, 'finance-overview-charts-error');
    await person.close();
  });

  it('refuses a malformed percentage, and a rate reaching back over a levied donation, in plain words beside the field', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund/levy-rates`);
    await signInAs(page, financeId, 'finance');
    await page.waitForURL('**/fund/levy-rates');
    await onPage(page, 'Levy rates');
    await page.getByRole('table', { name: 'Levy rates, earliest first' }).waitFor();
    await check(page, 'finance-levy-rates');
    await page.getByRole('button', { name: 'Add a levy rate' }).click();
    await onPage(page, 'Add a levy rate');
    await check(page, 'finance-add-levy-rate');

    // A third decimal place and an empty date: both in the focused summary, what was typed kept
    await page.getByLabel('Rate, as a percentage of each donation').fill('3.005');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Add a levy rate', { error: true });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['Enter the levy rate to no more than two decimal places, like 2.75', 'Enter the date the rate starts']);
    expect(await page.getByLabel('Rate, as a percentage of each donation').inputValue()).toBe('3.005');
    await check(page, 'finance-add-levy-rate-error');
    // The date's summary link lands on its first box
    await page.getByRole('link', { name: 'Enter the date the rate starts' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('effectiveFrom-day');

    await fillRate(page, { percent: '-1', day: dayOf!, month: monthOf!, year: yearOf! });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['The levy rate cannot be less than 0%']);

    // Yesterday, at 3%: the check page, then the API's refusal back beside the date
    await fillRate(page, { percent: '3', day: dayOf!, month: monthOf!, year: yearOf! });
    await page.waitForURL('**/fund/levy-rates/check?*');
    await onPage(page, 'Check the levy rate before adding it');
    await check(page, 'finance-check-levy-rate');
    await page.getByRole('button', { name: 'Add this levy rate' }).click();
    await page.waitForURL('**/fund/levy-rates/add?*');
    await onPage(page, 'Add a levy rate', { error: true });
    const refusal = await page.locator('#effectiveFrom-error').innerText();
    expect(refusal).toMatch(/^Error:\s+The rate cannot start on \d{1,2} \w+ \d{4}: donations received as late as \d{1,2} \w+ \d{4} have been levied already\. Enter a date after \d{1,2} \w+ \d{4}\.$/);
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual([refusal.replace(/^Error:\s+/, '')]);
    expect(await page.getByLabel('Rate, as a percentage of each donation').inputValue()).toBe('3');
    await check(page, 'finance-add-levy-rate-refused');
    // Nothing was added
    const rates = (await cloud.request('GET', '/fund/levy-rates', { token: await cloud.token('finance', financeId) })).body as { rates: { effectiveFrom: string }[] };
    expect(rates.rates.some((rate) => rate.effectiveFrom === yesterday)).toBe(false);
    await person.close();
  });

  it('adds a rate far in the future after checking it, and shows it in the history', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund/levy-rates/add`);
    await signInAs(page, financeId, 'finance');
    await page.waitForURL('**/fund/levy-rates/add');
    await onPage(page, 'Add a levy rate');
    await fillRate(page, FAR_FUTURE);
    await onPage(page, 'Check the levy rate before adding it');
    expect(await page.locator('.govuk-warning-text__text').innerText()).toBe(
      'Warning\nYou are adding a levy rate of 2.5% from 1 January 2199. It applies to every donation received on or after that day. Rates cannot be changed once added.',
    );
    await page.getByRole('button', { name: 'Add this levy rate' }).click();
    await page.waitForURL('**/fund/levy-rates/added');
    // Added the first time; a second run against the same cloud finds it set already
    const heading = page.getByRole('heading', { level: 1, name: /^Levy rate (added|already set)$/ });
    await heading.waitFor();
    const title = await heading.innerText();
    expect(await page.locator('.govuk-panel__body').innerText()).toBe('2.5% from 1 January 2199');
    await check(page, 'finance-levy-rate-added');
    await page.getByRole('link', { name: 'Back to levy rates' }).click();
    await onPage(page, 'Levy rates');
    const row = page.getByRole('row', { name: /1 January 2199/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toStrictEqual(['1 January 2199', '2.5%', title === 'Levy rate added' ? financeId : expect.any(String), expect.any(String)]);
    await person.close();
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
