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
// report counts only this file's three applications: fewer than five, so every figure of it is hidden. A second
// seat, in a region of its own too, holds the applications whose approval is cancelled or refused, so they
// change neither the first seat's counts nor its report row.
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const seatName = `Cwm Grant ${run}`;
const region = `Rhanbarth Prawf ${run}`;
const otherSeatName = `Bro Grant ${run}`;
const otherRegion = `Ardal Prawf ${run}`;
const fin1 = `fin-1-e2e-${run}`;
const fin2 = `fin-2-e2e-${run}`;
const candidates = { paid: `cand-g-${run}-a`, rejected: `cand-g-${run}-b`, keyboard: `cand-g-${run}-c` } as const;
const ids: Record<keyof typeof candidates, string> = { paid: '', rejected: '', keyboard: '' };
const today = new Date().toISOString().slice(0, 10);
const REJECTION = 'The costs are for a selection in another constituency.';
const CANCELLATION = 'The hustings were called off, so the travel is not needed.';
// The most one application may ask for (the fund's MAX_REQUEST_PENCE): the refused approval asks for all of it.
const MAX_REQUEST_PENCE = 10_000_000;
// Each journey signs one or two people in and scans several pages, which takes minutes on a loaded machine.
const JOURNEY_TIMEOUT = 240_000;
const findings: AxeFinding[] = [];
let browser: Browser;
let seatId = '';
let otherSeatId = '';

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

/** A new application by `candidateId` in the second seat, asking for `amountRequestedPence`; answers its id. */
const applyInOtherSeat = async (candidateId: string, amountRequestedPence: number) => {
  const applied = await cloud.request('POST', '/fund/applications', {
    token: await cloud.token('candidate', candidateId),
    body: { seatId: otherSeatId, groups: ['women'], purpose: 'travel', amountRequestedPence, statement: `Travel to hustings across ${otherSeatName}.` },
  });
  expect(applied.status).toBe(201);
  return (applied.body as { applicationId: string }).applicationId;
};

const availablePence = async () => ((await cloud.request('GET', '/fund/balance', { token: await cloud.token('finance', fin1) })).body as { availablePence: number }).availablePence;

beforeAll(async () => {
  const finance = await cloud.token('finance', fin1);
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } });
  expect([200, 201]).toContain(rate.status);
  const donationId = `grants-e2e-${run}`;
  const donated = await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 1_000_000, receivedOn: today, source: 'donation' } });
  expect(donated.status).toBe(202);
  const [launched, seat] = await Promise.all([
    launch(),
    // One after the other: publishing a timetable schedules every seat waiting, so two at once would race.
    openSelection(cloud, seatName, { region }).then(async (first) => {
      otherSeatId = (await openSelection(cloud, otherSeatName, { region: otherRegion })).seatId;
      return first;
    }),
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

  it('cancels an approval only with a reason, returns what was committed to the fund, and shows the reason in its history', async () => {
    const candidateId = `cand-g-${run}-d`;
    const applicationId = await applyInOtherSeat(candidateId, 4_000);
    const approved = await cloud.request('POST', `/fund/applications/${applicationId}/decision`, { token: await cloud.token('finance', fin1), body: { decision: 'approve', amountPence: 4_000 } });
    expect(approved.status).toBe(200);
    const title = `${otherSeatName}: application by ${candidateId}`;
    const { person, page } = await financePage(fin2, `/fund/applications/${applicationId}`);
    await onPage(page, title);
    await page.getByRole('button', { name: 'Cancel the approval' }).click();
    await onPage(page, 'Cancel the approval');
    expect(await page.locator('p.govuk-body', { hasText: 'was approved and' }).innerText()).toBe('£40.00 was approved and £0.00 has been paid. Cancelling returns the £40.00 not yet paid to the fund; what has been paid stays paid.');
    await check(page, 'grants-cancel-approval');

    // No reason: refused in the focused summary, and nothing cancelled
    await page.getByRole('button', { name: 'Cancel the approval' }).click();
    await onPage(page, 'Cancel the approval', { error: true });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await page.locator('.govuk-error-summary__list a').allInnerTexts()).toStrictEqual(['Enter the reason for cancelling the approval: the candidate will read it']);
    await check(page, 'grants-cancel-approval-error');
    const finance = await cloud.token('finance', fin1);
    expect(((await cloud.request('GET', `/fund/applications/${applicationId}`, { token: finance })).body as { status: string }).status).toBe('approved');

    await page.getByLabel('Reason for cancelling').fill(CANCELLATION);
    await page.getByRole('button', { name: 'Cancel the approval' }).click();
    await onPage(page, title);
    await page.getByText('Approval cancelled: £40.00 is returned to the fund').waitFor();
    const summary = (key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').first().innerText();
    expect([await summary('Status'), await summary('Approved'), await summary('Paid so far'), await summary('Returned to the fund')]).toStrictEqual(['Approval cancelled', '£40.00', '£0.00', '£40.00']);
    expect(await page.getByRole('button', { name: 'Cancel the approval' }).count()).toBe(0);
    const latest = page.locator('.moj-timeline__item').first();
    expect(await latest.locator('.moj-timeline__title').innerText()).toBe('Approval cancelled: £40.00 returned to the fund');
    expect(await latest.locator('.moj-timeline__byline').innerText()).toBe(`by ${fin2}`);
    expect(await latest.locator('.moj-timeline__description').innerText()).toBe(`Reason: ${CANCELLATION}`);
    await check(page, 'grants-approval-cancelled');
    // The API holds the same: cancelled, the £40.00 released, nothing left committed to it
    const read = (await cloud.request('GET', `/fund/applications/${applicationId}`, { token: finance })).body as { status: string; releasedPence: number; remainingPence: number };
    expect({ status: read.status, releasedPence: read.releasedPence, remainingPence: read.remainingPence }).toStrictEqual({ status: 'cancelled', releasedPence: 4_000, remainingPence: 0 });
    // Its page is now only the application's: the cancel address goes back to it
    await page.goto(`${cloud.consoleUrl}/fund/applications/${applicationId}/cancel-approval`);
    await onPage(page, title);
    await person.close();
  }, JOURNEY_TIMEOUT);

  it('refuses an approval of more than the fund has available, naming the available balance in pounds', async () => {
    const finance = await cloud.token('finance', fin1);
    // The shared fund holds whatever the other suites levied, perhaps more than one application may ask for
    // (a donation of the route's maximum levies £3,000,000). Approvals of this file's own hold the excess, so
    // what is left is less than the most that can be asked for, with room for what other suites levy meanwhile.
    const target = MAX_REQUEST_PENCE - 1_000_000;
    const holds: string[] = [];
    try {
      for (let excess = (await availablePence()) - target, index = 0; excess > 0; index++) {
        const amountPence = Math.min(excess, MAX_REQUEST_PENCE);
        const applicationId = await applyInOtherSeat(`cand-g-${run}-hold-${index}`, amountPence);
        const held = await cloud.request('POST', `/fund/applications/${applicationId}/decision`, { token: finance, body: { decision: 'approve', amountPence } });
        expect(held.status).toBe(200);
        holds.push(applicationId);
        excess -= amountPence;
      }
      const candidateId = `cand-g-${run}-e`;
      const applicationId = await applyInOtherSeat(candidateId, MAX_REQUEST_PENCE);
      const { person, page } = await financePage(fin1, `/fund/applications/${applicationId}/decide`);
      await onPage(page, 'Decide on this application');
      await page.getByLabel('Approve').check();
      await page.getByLabel('Amount to approve').fill('100,000.00');
      await page.getByRole('button', { name: 'Continue' }).click();
      await onPage(page, 'Check your decision');
      const before = await availablePence();
      await page.getByRole('button', { name: 'Approve £100,000.00' }).click();

      // Back at the amount, refused, with what the fund has
      await onPage(page, 'Decide on this application', { error: true });
      const after = await availablePence();
      // Pounds and pence written out from whole pence, never through a fraction
      const pounds = (pence: number) => `£${Math.floor(pence / 100).toLocaleString('en-GB')}.${String(pence % 100).padStart(2, '0')}`;
      const messages = await page.locator('.govuk-error-summary__list a').allInnerTexts();
      expect(messages).toHaveLength(1);
      // Other suites may levy or commit between the two reads: the message names the balance at one of them
      expect([before, after].map((available) => `The fund has ${pounds(available)} available, less than the £100,000.00 you approved. Approve ${pounds(available)} or less, or reject the application.`)).toContain(messages[0]);
      expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#amountPence');
      expect(await page.getByLabel('Amount to approve').inputValue()).toBe('100,000.00');
      await check(page, 'grants-approval-refused');
      expect(((await cloud.request('GET', `/fund/applications/${applicationId}`, { token: finance })).body as { status: string }).status).toBe('submitted');
      await person.close();
    } finally {
      // What was held goes back to the fund for the other suites
      for (const applicationId of holds) {
        const released = await cloud.request('POST', `/fund/applications/${applicationId}/cancel-approval`, { token: finance, body: { reason: 'Held the fund for a test of a refused approval.' } });
        expect(released.status).toBe(200);
      }
    }
  }, JOURNEY_TIMEOUT);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
