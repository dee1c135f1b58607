import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

// Finance's donations and ledger in headless Chromium, through the real stack, signed in as fin-1: a donation
// recorded by hand and a CSV imported, the balance and reconciliation, a refund (and a refusal explained),
// the edge amounts read back exactly through the API, the list's filters in the URL and its CSV export, the
// journal and the statement. The shared fund's rate is 3% from 2020-01-01, as the other files set it; every
// reference this file records starts with its own run id, so its filters select only its own donations.
const cloud = localCloud();
const run = `e2e${randomUUID().slice(0, 6)}`;
const FINANCE = 'fin-1';
const today = new Date().toISOString().slice(0, 10);
const [year, month, day] = today.split('-') as [string, string, string];
const findings: AxeFinding[] = [];
let browser: Browser;
let person: BrowserContext;
let page: Page;
let token: string;

const check = async (name: string) => {
  findings.push(...(await scan(page, name)));
};
const summaryValue = (key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first().innerText();
const donationOf = async (donationId: string) =>
  eventually(
    async () => {
      const response = await cloud.request('GET', `/fund/donations/${donationId}`, { token });
      return response.status === 200 ? (response.body as { amountPence: number; refundablePence: number; levy: { exactPence: string } }) : undefined;
    },
    { what: `donation ${donationId} to be levied` },
  );

/** Fills the record-a-donation form and continues to the check page. */
const fillDonation = async (donationId: string, amount: string) => {
  await page.goto(`${cloud.consoleUrl}/fund/donations/record`);
  await onPage(page, 'Record a donation');
  await page.getByLabel('Reference', { exact: true }).fill(donationId);
  await page.getByLabel('Amount').fill(amount);
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Donation', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
};
const recordDonation = async (donationId: string, amount: string) => {
  await fillDonation(donationId, amount);
  await onPage(page, 'Check the donation before recording it');
  await page.getByRole('button', { name: 'Record this donation' }).click();
  await onPage(page, 'Donation recorded');
};

beforeAll(async () => {
  token = await cloud.token('finance', FINANCE);
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } });
  expect([200, 201]).toContain(rate.status);
  browser = await launch();
  person = await newPerson(browser);
  page = await person.newPage();
  await page.goto(`${cloud.consoleUrl}/fund/donations`);
  await signInAs(page, FINANCE, 'finance');
  await onPage(page, 'Donations');
}, 120_000);

afterAll(async () => {
  await person?.close();
  await browser?.close();
});

describe("finance's donations and ledger, in the console", () => {
  it('records a donation: refused in plain words keeping what was typed, checked, then levied at 3%', async () => {
    await page.goto(`${cloud.consoleUrl}/fund/donations/record`);
    await onPage(page, 'Record a donation');
    await check('donations-record');
    // Nothing typed: every message in the focused summary
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Record a donation', { error: true });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual([
      'Enter the donation’s reference from the payment system',
      'Enter an amount in pounds and pence, like 150.00',
      'Enter the date the money was received',
      'Select where the money came from',
    ]);
    await check('donations-record-error');
    // Each malformed amount refused, what was typed kept
    for (const [typed, message] of [
      ['1.005', 'Enter the amount to the nearest penny, like 150.25'],
      ['£1,000.5', 'Enter pence as two digits, like 150.50'],
      ['-1', 'The amount must be more than £0'],
      ['1e3', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ] as const) {
      await fillDonation(`${run}-hand`, typed);
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual([message]);
      expect(await page.getByLabel('Amount').inputValue()).toBe(typed);
    }
    // A good one: the check page, then recorded and levied
    await page.getByLabel('Amount').fill('1,234.56');
    await page.getByLabel('Name').fill('Jo Smith');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check the donation before recording it');
    expect(await summaryValue('Amount')).toBe('£1,234.56');
    expect(await page.locator('.govuk-inset-text').innerText()).toBe('This is over £500: it will be flagged for a permissibility check, and levied regardless.');
    await check('donations-check');
    await page.getByRole('button', { name: 'Record this donation' }).click();
    await onPage(page, 'Donation recorded');
    await check('donations-recorded');
    await page.getByRole('link', { name: 'See the donation and its levy' }).click();
    await onPage(page, `Donation ${run}-hand`);
    await page.locator('#donation-levy').waitFor({ timeout: 60_000 });
    expect(await page.locator('#donation-amount').innerText()).toBe('£1,234.56');
    expect(await page.locator('#donation-levy').innerText()).toBe('£37.0368');
    expect(await summaryValue('Donor')).toBe('Jo Smith');
    await check('donation-page');
    expect((await donationOf(`${run}-hand`)).amountPence).toBe(123_456);
  }, 240_000);

  it.each([
    ['0.01', 1, '£0.01'],
    ['0.10', 10, '£0.10'],
    ['999,999.99', 99_999_999, '£999,999.99'],
    ['£100,000,000.00', 10_000_000_000, '£100,000,000.00'],
  ])('records the edge amount %p as exactly %p pence, and reads it back as %p', async (typed, pence, shown) => {
    const donationId = `${run}-edge-${pence}`;
    await recordDonation(donationId, typed);
    expect((await donationOf(donationId)).amountPence).toBe(pence);
    await page.goto(`${cloud.consoleUrl}/fund/donation/${donationId}`);
    await page.locator('#donation-amount').waitFor();
    expect(await page.locator('#donation-amount').innerText()).toBe(shown);
  }, 120_000);

  it('imports a CSV with its progress, reports the rejected rows by line, and refuses a wrong header and a file over the limit with the reason', async () => {
    await page.goto(`${cloud.consoleUrl}/fund/donations/import`);
    await onPage(page, 'Import donations');
    await check('donations-import');
    const upload = page.getByLabel('Upload a CSV file');
    // A file over 4 MB: refused at once, the limit stated
    await upload.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(4 * 1024 * 1024 + 1, 'a') });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await onPage(page, 'Import donations', { error: true });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['big.csv is 4.0 MB: the file must be 4 MB or smaller. Split it into smaller files.']);
    await check('donations-import-too-big');
    // A wrong header: refused with the reason, nothing imported
    await upload.setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from(`donationId,amount,receivedOn,source\n${run}-w,100,${today},donation\n`) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByText(/its first line is not the header/).first().waitFor();
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual([
      'The file was not imported: its first line is not the header the import reads (amountPence: required column is missing; amount: unknown column; the columns are donationId, amountPence, receivedOn, source, donorName, donorEmail, donorPostcode, donorReference). Nothing was imported.',
    ]);
    expect((await cloud.request('GET', `/fund/donations/${run}-w`, { token })).status).toBe(404);
    // Three good rows and a bad one
    const csv = [
      'donationId,amountPence,receivedOn,source,donorName',
      `${run}-csv-1,2500,${today},membership,A Member`,
      `${run}-csv-2,16,${today},fundraising,`,
      `${run}-csv-3,60001,${today},donation,A Donor`,
      `${run}-csv-4,12.50,${today},donation,`,
    ].join('\n');
    await upload.setInputFiles({ name: 'donations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await onPage(page, 'Donations imported');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('3 donations accepted');
    expect(await page.getByRole('table', { name: 'Rows rejected, by line of the file' }).getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toStrictEqual(['5', 'amountPence', expect.stringMatching(/.+/)]);
    await check('donations-imported');
    expect((await donationOf(`${run}-csv-2`)).levy.exactPence).toBe('0.4800');
  }, 240_000);

  it('lists the donations the filters select, keeps them in the URL, exports exactly them as CSV, and prints the table alone', async () => {
    await donationOf(`${run}-csv-1`);
    await donationOf(`${run}-csv-3`);
    await page.goto(`${cloud.consoleUrl}/fund/donations`);
    await onPage(page, 'Donations');
    await page.getByLabel('Donation reference starts with').fill(`${run}-csv`);
    await page.getByLabel('Permissibility check').selectOption('not-required');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/check=not-required/);
    expect(new URL(page.url()).searchParams.get('id')).toBe(`${run}-csv`);
    const table = page.getByRole('table');
    // The page shows the previous list while the filtered one loads: wait for the one it filters out to go.
    await table.getByRole('link', { name: `${run}-csv-3` }).waitFor({ state: 'detached' });
    await table.getByRole('link', { name: `${run}-csv-2` }).waitFor();
    expect(await table.locator('tbody tr td:first-child').allInnerTexts()).toStrictEqual([`${run}-csv-2`, `${run}-csv-1`]);
    expect(await table.locator('caption').innerText()).toMatch(/^Donations received from \d+ \w+ \d{4} to \d+ \w+ \d{4}, not needing a permissibility check, with an id starting ".+"$/);
    await check('donations-list');
    // A refresh shows the same view
    await page.reload();
    await table.getByRole('link', { name: `${run}-csv-2` }).waitFor();
    expect(await page.getByLabel('Donation reference starts with').inputValue()).toBe(`${run}-csv`);
    // The export: exactly what the filters select
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these donations (CSV)' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines.map((line) => line.split(',').slice(0, 4).join(','))).toStrictEqual([
      'donation_id,received_on,source,amount_pence',
      `${run}-csv-2,${today},Local fundraising,16`,
      `${run}-csv-1,${today},Membership fee,2500`,
    ]);
    // Printed: the table, without the filters, the export or the navigation
    await page.emulateMedia({ media: 'print' });
    expect([await page.locator('.app-filters').isVisible(), await page.getByRole('navigation', { name: 'Menu' }).isVisible(), await table.isVisible()]).toStrictEqual([false, false, true]);
    await page.emulateMedia({ media: 'screen' });
  }, 180_000);

  it('refunds part of a donation after a confirmation, and explains a refund the API refuses', async () => {
    const donationId = `${run}-csv-1`;
    await page.goto(`${cloud.consoleUrl}/fund/donation/${donationId}`);
    await page.locator('#donation-levy').waitFor();
    await page.getByRole('link', { name: 'Refund this donation' }).click();
    await onPage(page, `Refund donation ${donationId}`);
    await check('donation-refund');
    await page.getByLabel('Part of it').check();
    await page.getByLabel('Amount to refund').fill('25.01');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, `Refund donation ${donationId}`, { error: true });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['The refund must be £25.00 or less: that is what is left of the donation']);
    await page.getByLabel('Amount to refund').fill('10.00');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Are you sure you want to make this refund?');
    await check('donation-refund-confirm');
    await page.getByRole('button', { name: 'Refund £10.00' }).click();
    await page.locator('#donation-refundable').getByText('£15.00 of it can still be refunded.').waitFor();
    expect(await page.getByRole('table', { name: 'Refunds of this donation, earliest first' }).locator('tbody td').allInnerTexts()).toStrictEqual([expect.any(String), '£10.00', '£0.30', FINANCE]);
    await check('donation-refunded');
    // All that is left, confirmed only after someone else refunded part of it: the API refuses, in plain words
    await page.getByRole('link', { name: 'Refund this donation' }).click();
    await page.getByLabel('All of what is left (£15.00)').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Are you sure you want to make this refund?');
    expect((await cloud.request('POST', `/fund/donations/${donationId}/refunds`, { token, body: { amountPence: 100 } })).status).toBe(201);
    await page.getByRole('button', { name: 'Refund £15.00' }).click();
    await onPage(page, 'Are you sure you want to make this refund?', { error: true });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual([
      'The refund is more than is left of the donation. Someone may have refunded part of it since you opened this page: check what is left and try again.',
    ]);
    await check('donation-refund-refused');
    expect((await donationOf(donationId)).refundablePence).toBe(1_400);
  }, 240_000);

  it('refunds all of a donation after a confirmation: the page shows it fully refunded, and the API holds exactly that', async () => {
    // A donation of its own, so nobody else's refund changes what is left of it
    const donationId = `${run}-all`;
    await recordDonation(donationId, '123.45');
    await donationOf(donationId);
    await page.goto(`${cloud.consoleUrl}/fund/donation/${donationId}`);
    await page.locator('#donation-levy').waitFor();
    expect(await page.locator('#donation-levy').innerText()).toBe('£3.7035');
    await page.getByRole('link', { name: 'Refund this donation' }).click();
    await onPage(page, `Refund donation ${donationId}`);
    await page.getByLabel('All of what is left (£123.45)').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Are you sure you want to make this refund?');
    await check('donation-refund-all-confirm');
    await page.getByRole('button', { name: 'Refund £123.45' }).click();
    await page.locator('#donation-refundable').getByText('All of this donation has been refunded.').waitFor();
    expect(await page.getByRole('table', { name: 'Refunds of this donation, earliest first' }).locator('tbody td').allInnerTexts()).toStrictEqual([expect.any(String), '£123.45', '£3.7035', FINANCE]);
    expect([await summaryValue('Reversed by refunds'), await summaryValue('Levy kept')]).toStrictEqual(['£3.7035', '£0.00']);
    // Nothing is left to refund, so the page no longer offers it
    expect(await page.getByRole('link', { name: 'Refund this donation' }).count()).toBe(0);
    await check('donation-refunded-all');
    const read = (await cloud.request('GET', `/fund/donations/${donationId}`, { token })).body as {
      amountPence: number;
      refundedPence: number;
      refundablePence: number;
      levyReversedExactPence: string;
      netLevyExactPence: string;
      refunds: { amountPence: number }[];
    };
    expect({
      amountPence: read.amountPence,
      refundedPence: read.refundedPence,
      refundablePence: read.refundablePence,
      levyReversedExactPence: read.levyReversedExactPence,
      netLevyExactPence: read.netLevyExactPence,
      refunds: read.refunds.map((refund) => refund.amountPence),
    }).toStrictEqual({ amountPence: 12_345, refundedPence: 12_345, refundablePence: 0, levyReversedExactPence: '370.3500', netLevyExactPence: '0.0000', refunds: [12_345] });
  }, 240_000);

  it('shows the balance and the reconciliation balanced on the overview', async () => {
    await page.goto(`${cloud.consoleUrl}/fund/overview`);
    await onPage(page, 'Fund overview');
    // Reconciliation reads every movement of the shared fund: on a loaded machine it takes a while.
    const verdict = page.locator('.govuk-tag', { hasText: /^(Balanced|Not balanced)$/ });
    await verdict.waitFor({ timeout: 90_000 });
    expect(await verdict.innerText()).toBe('Balanced');
    for (const value of await page.locator('.govuk-summary-list__value').allInnerTexts()) expect(value).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
    const reconciliation = (await cloud.request('GET', '/fund/reconciliation', { token })).body as { balanced: boolean };
    expect(reconciliation.balanced).toBe(true);
  }, 180_000);

  it("shows today's journal, each movement balanced, and downloads the statement for the period", async () => {
    await page.goto(`${cloud.consoleUrl}/fund/ledger?from=${today}&to=${today}`);
    await onPage(page, 'Ledger');
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: `${run}-csv-2`, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toStrictEqual([
      expect.any(String),
      `Levy on a donation\n${run}-csv-2`,
      '£0.16',
      'Out: Party income -£0.0048\nIn: Fund (available) £0.0048\nBalanced',
    ]);
    expect(await page.getByText('Not balanced').count()).toBe(0);
    expect(await page.getByLabel('Day').first().inputValue()).toBe(String(Number(day)));
    await check('ledger');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the statement for these dates (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`fund-statement-${today}-to-${today}.csv`);
    const statement = readFileSync((await download.path())!, 'utf8');
    expect(statement.split(/\r?\n/)[0]).toMatch(/^effective_on,posted_at,movement_id,kind,donation_id,/);
    expect(statement).toContain(`${run}-csv-2`);
  }, 180_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
