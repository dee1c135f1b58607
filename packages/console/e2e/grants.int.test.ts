import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud, openSelection } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';

// Finance's applications, grants and diversity report in headless Chromium, through the real stack. The shared
// fund's one rate is 3% from 2020-01-01 (other files set the same), and this file levies a donation of its own
// today, so the fund can cover the grants it approves. Its seat is in a region of its own, so its row of the
// report counts only this file's three applications: fewer than five, so every figure of it is hidden.
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const seatName = `Cwm Grant ${run}`;
const region = `Rhanbarth Prawf ${run}`;
const fin1 = `fin-1-e2e-${run}`;
const fin2 = `fin-2-e2e-${run}`;
const candidates = { paid: `cand-g-${run}-a`, rejected: `cand-g-${run}-b`, keyboard: `cand-g-${run}-c` } as const;
const ids: Record<keyof typeof candidates, string> = { paid: '', rejected: '', keyboard: '' };
const today = new Date().toISOString().slice(0, 10);
const REJECTION = 'The costs are for a selection in another constituency.';
// Each journey signs one or two people in and scans several pages, which takes minutes on a loaded machine.
const JOURNEY_TIMEOUT = 240_000;
const findings: AxeFinding[] = [];
let browser: Browser;
let seatId = '';

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};

/** A new browser profile signed in as `sub` in finance, on `path`. */
const financePage = async (sub: string, path: string) => {
  const person = await newPerson(browser);
  const page = await person.newPage();
  await page.goto(`${cloud.consoleUrl}${path}`);
  await signInAs(page, sub, 'finance');
  await page.waitForURL(`**${path.split('?')[0]}*`);
  return { person, page };
};

const applicationTitle = (candidateId: string) => `${seatName}: application by ${candidateId}`;

beforeAll(async () => {
  const finance = await cloud.token('finance', fin1);
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } });
  expect([200, 201]).toContain(rate.status);
  const donationId = `grants-e2e-${run}`;
  const donated = await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 1_000_000, receivedOn: today, source: 'donation' } });
  expect(donated.status).toBe(202);
  const [launched, seat] = await Promise.all([
    launch(),
    openSelection(cloud, seatName, { region }),
    eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), { what: `donation ${donationId} to be levied` }),
  ]);
  browser = launched;
  seatId = seat.seatId;
  for (const [key, candidateId] of Object.entries(candidates) as [keyof typeof candidates, string][]) {
    const token = await cloud.token('candidate', candidateId);
    const applied = await cloud.request('POST', '/fund/applications', {
      token,
      body: { seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: 5_000, statement: `Travel to hustings across ${seatName}.` },
    });
    expect(applied.status).toBe(201);
    ids[key] = (applied.body as { applicationId: string }).applicationId;
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("finance's applications, grants and diversity report, in the console", () => {
  it('lists the seat’s applications with live counts, keeps the filter across views, and exports exactly them', async () => {
    const { person, page } = await financePage(fin1, `/fund/applications?seatId=${seatId}`);
    await onPage(page, 'Applications');
    const stages = page.getByRole('navigation', { name: 'Applications by stage' });
    await stages.getByRole('link', { name: 'Awaiting a decision (3)' }).waitFor();
    expect(await stages.getByRole('link').allInnerTexts()).toStrictEqual([
      'All (3)',
      'Awaiting a decision (3)',
      'Approved, awaiting payment (0)',
      'Part paid (0)',
      'Paid (0)',
      'Rejected (0)',
      'Withdrawn (0)',
      'Approval cancelled (0)',
    ]);
    // The counts and the list are separate requests: wait for the list's rows before counting them
    await page.getByRole('table').locator('tbody tr').nth(2).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(3);
    await check(page, 'grants-applications');

    // A preset view keeps the seat's filter
    await stages.getByRole('link', { name: 'Paid (0)', exact: true }).click();
    await page.getByText('No applications match.').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toStrictEqual({ stage: 'paid', seatId });
    await stages.getByRole('link', { name: 'All (3)' }).click();
    await page.getByRole('table').locator('tbody tr').nth(2).waitFor();

    // The export holds exactly what the filter selects
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export these applications (CSV)' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('Reference,Candidate,Constituency,GSS code,Region,Groups,Purpose,Requested (£),Status,Submitted,Decided,Decided by,Approved (£),Paid (£),Returned to the fund (£),Left to pay (£)');
    expect(csv.slice(1).map((line) => line.split(',').slice(0, 9))).toStrictEqual(
      Object.values(candidates).map((candidateId, index) => [Object.values(ids)[index], candidateId, seatName, seatId, region, 'Women', 'Travel', '50.00', 'Awaiting a decision']),
    );
    await page.getByText('Downloaded applications.csv: 3 rows.').waitFor();
    await person.close();
  }, JOURNEY_TIMEOUT);

  it('approves as fin-1 after a check page, shows fin-1 why a second person must pay, and pays it as fin-2 in two parts', async () => {
    const { person, page } = await financePage(fin1, `/fund/applications?seatId=${seatId}`);
    await onPage(page, 'Applications');
    // The link's hidden words name the candidate, so each row's link says whose application it opens
    await page.getByRole('link', { name: new RegExp(`^${seatName}\\s*, application by ${candidates.paid}$`) }).click();
    await onPage(page, applicationTitle(candidates.paid));
    await check(page, 'grants-application');
    await page.getByRole('button', { name: 'Decide on this application' }).click();
    await onPage(page, 'Decide on this application');
    await check(page, 'grants-decide');

    // No decision, then more than was requested: refused in the focused summary
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Decide on this application', { error: true });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['Select whether to approve or reject the application']);
    await check(page, 'grants-decide-error');
    await page.getByLabel('Approve').check();
    await page.getByLabel('Amount to approve').fill('£50.01');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'The amount must be £50.00 or less, the amount requested' }).waitFor();
    await page.getByLabel('Amount to approve').fill('50');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check your decision');
    expect(await page.locator('.govuk-summary-list__value').allInnerTexts()).toStrictEqual(['Approve', '£50.00 of £50.00 requested']);
    await check(page, 'grants-check-decision');
    await page.getByRole('button', { name: 'Approve £50.00' }).click();

    // Back on the application: approved, and fin-1 is told why they cannot pay it
    await onPage(page, applicationTitle(candidates.paid));
    await page.getByText('Approved: £50.00 is committed from the fund').waitFor();
    expect(await page.locator('#four-eyes').innerText()).toBe(
      `You (${fin1}) approved this grant, so a different member of finance must pay it. This is the four-eyes rule: no one both approves a grant and pays it out, so every payment has been seen by two people.`,
    );
    expect(await page.getByRole('button', { name: 'Pay out this grant' }).count()).toBe(0);
    await check(page, 'grants-approved');
    await page.goto(`${cloud.consoleUrl}/fund/applications/${ids.paid}/pay`);
    await onPage(page, 'A different member of finance must pay this grant');
    expect(await page.locator('#four-eyes').innerText()).toContain(`You (${fin1}) approved this grant`);
    await check(page, 'grants-four-eyes');
    // The API refuses fin-1 regardless of what the console shows
    const refused = await cloud.request('POST', `/fund/applications/${ids.paid}/disbursements`, { token: await cloud.token('finance', fin1), body: { amountPence: 100 } });
    expect(refused.status).toBe(403);
    await person.close();

    // fin-2 pays £20 now and the rest in full
    const second = await financePage(fin2, `/fund/applications/${ids.paid}`);
    await onPage(second.page, applicationTitle(candidates.paid));
    await second.page.getByRole('button', { name: 'Pay out this grant' }).click();
    await onPage(second.page, 'Pay out this grant');
    await check(second.page, 'grants-pay');
    await second.page.getByLabel('Part of it').check();
    await second.page.getByLabel('Amount to pay').fill('20.00');
    await second.page.getByRole('button', { name: 'Record the payment' }).click();
    await second.page.getByText('Paid £20.00: £30.00 is left to pay').waitFor();
    await second.page.getByRole('button', { name: 'Pay out this grant' }).click();
    await onPage(second.page, 'Pay out this grant');
    await second.page.getByLabel('The rest in full: £30.00').check();
    await second.page.getByRole('button', { name: 'Record the payment' }).click();
    await second.page.getByText('Paid £30.00: the grant is paid in full').waitFor();
    // Who did what, newest first
    const steps = second.page.locator('.moj-timeline__item');
    await steps.nth(3).waitFor();
    expect(await steps.locator('.moj-timeline__title').allInnerTexts()).toStrictEqual(['Paid in full: £30.00', 'Part paid: £20.00', 'Approved: £50.00', 'Application submitted']);
    expect(await steps.locator('.moj-timeline__byline').allInnerTexts()).toStrictEqual([`by ${fin2}`, `by ${fin2}`, `by ${fin1}`, `by ${candidates.paid}`]);
    await check(second.page, 'grants-paid');
    await second.person.close();
  }, JOURNEY_TIMEOUT);

  it("rejects an application with a reason, which the candidate reads on their application's timeline", async () => {
    const { person, page } = await financePage(fin1, `/fund/applications/${ids.rejected}/decide`);
    await onPage(page, 'Decide on this application');
    await page.getByLabel('Reject').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Decide on this application', { error: true });
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['Enter the reason for rejecting the application: the candidate will read it']);
    await page.getByLabel('Reason for rejecting it').fill(REJECTION);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check your decision');
    await page.getByRole('button', { name: 'Reject the application' }).click();
    await onPage(page, applicationTitle(candidates.rejected));
    await page.getByText('Rejected: the candidate can read your reason').waitFor();
    await person.close();

    const candidate = await newPerson(browser);
    const own = await candidate.newPage();
    await own.goto(`${cloud.consoleUrl}/applications/${ids.rejected}`);
    await signInAs(own, candidates.rejected, 'candidate');
    await own.waitForURL(`**/applications/${ids.rejected}`);
    const latest = own.locator('.moj-timeline__item').first();
    await latest.getByRole('heading', { name: 'Application not approved' }).waitFor();
    expect(await latest.locator('.moj-timeline__byline').innerText()).toBe('by Diversity Fund panel');
    expect(await latest.locator('.moj-timeline__description').innerText()).toBe(`Reason: ${REJECTION}`);
    await check(own, 'grants-candidate-rejected');
    await candidate.close();
  }, JOURNEY_TIMEOUT);

  it('decides and pays by keyboard alone, every control reached by Tab with its focus visible', async () => {
    const { person, page } = await financePage(fin1, `/fund/applications/${ids.keyboard}`);
    await onPage(page, applicationTitle(candidates.keyboard));
    await tabTo(page, 'Decide on this application');
    await page.keyboard.press('Enter');
    await onPage(page, 'Decide on this application');
    await tabTo(page, 'Approve');
    await page.keyboard.press('Space');
    await tabTo(page, 'Amount to approve');
    await page.keyboard.type('35.50');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await onPage(page, 'Check your decision');
    await tabTo(page, 'Approve £35.50');
    await page.keyboard.press('Enter');
    await onPage(page, applicationTitle(candidates.keyboard));
    await page.getByText('Approved: £35.50 is committed from the fund').waitFor();
    await person.close();

    const second = await financePage(fin2, `/fund/applications/${ids.keyboard}`);
    await onPage(second.page, applicationTitle(candidates.keyboard));
    await tabTo(second.page, 'Pay out this grant');
    await second.page.keyboard.press('Enter');
    await onPage(second.page, 'Pay out this grant');
    await tabTo(second.page, 'The rest in full');
    await second.page.keyboard.press('Space');
    await tabTo(second.page, 'Record the payment');
    await second.page.keyboard.press('Enter');
    await second.page.getByText('Paid £35.50: the grant is paid in full').waitFor();
    await second.person.close();
  }, JOURNEY_TIMEOUT);

  it('reads the diversity report for this month with the seat’s region hidden as <5, says why, and exports it as shown', async () => {
    const month = today.slice(0, 7);
    const { person, page } = await financePage(fin1, '/fund/reports/diversity');
    await onPage(page, 'Diversity report');
    await page.getByRole('heading', { name: 'Why some figures show as <5' }).waitFor();
    await page.getByLabel('From the start of').selectOption(month);
    await page.getByLabel('To the end of').selectOption(month);
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.waitForURL(`**/fund/reports/diversity?from=${month}&to=${month}`);
    const row = page.getByRole('table', { name: 'By region' }).getByRole('row', { name: new RegExp(region) });
    await row.waitFor();
    expect(await row.locator('th, td').allInnerTexts()).toStrictEqual([region, '<5', '<5', '<5', '<5', '<5', '<5']);
    // The page shows what the API reports for the month, cell for cell
    const report = (await cloud.request('GET', `/fund/reports/diversity?from=${month}&to=${month}`, { token: await cloud.token('finance', fin1) })).body as { total: Record<string, number | string> };
    const totals = await page.getByRole('table', { name: 'All applications' }).locator('tbody td').allInnerTexts();
    expect(totals[0]).toBe(typeof report.total['applications'] === 'number' ? new Intl.NumberFormat('en-GB').format(report.total['applications']) : '<5');
    await check(page, 'grants-diversity-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`diversity-report-from-${month}-to-${month}.csv`);
    const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(csv[0]).toBe('Section,Line,Applications,Requested (£),Approved,Approved amount (£),Paid,Paid amount (£)');
    expect(csv).toContain(`Region,${region},<5,<5,<5,<5,<5,<5`);

    // A range that ends before it starts is refused in plain words
    await page.getByLabel('From the start of').selectOption(month);
    await page.getByLabel('To the end of').selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.getByRole('link', { name: 'The first month must be the same as the last month or before it' }).waitFor();
    await check(page, 'grants-diversity-report-error');
    await person.close();
  }, JOURNEY_TIMEOUT);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
