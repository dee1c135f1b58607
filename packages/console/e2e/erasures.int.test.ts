import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud, openSelection } from '@platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

// Finance erases a candidate's special category data on their behalf (a request by letter), through the real
// stack: the reason asked for and refused when missing, the confirmation, the result, the application's
// marker and the entry in the erasures audit. Each page is scanned with axe and photographed.
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const candidateId = `cand-erasure-${run}`;
const financeId = `fin-erasure-${run}`;
const seatName = `Cwm Dileu ${run}`;
const STATEMENT = `Private statement ${run}: I care for my father at weekends.`;
const REASON = `Letter of 1 December, our reference ER-${run}`;
const findings: AxeFinding[] = [];
let browser: Browser;
let person: BrowserContext;
let page: Page;
let applicationId = '';

const check = async (name: string) => {
  findings.push(...(await scan(page, name)));
};

beforeAll(async () => {
  const [launched, seat] = await Promise.all([launch(), openSelection(cloud, seatName)]);
  browser = launched;
  const { status, body } = await cloud.request('POST', '/fund/applications', {
    token: await cloud.token('candidate', candidateId),
    body: { seatId: seat.seatId, groups: ['disabled'], purpose: 'accessibility', amountRequestedPence: 9_000, statement: STATEMENT },
  });
  if (status !== 201) throw new Error(`could not apply: ${status} ${JSON.stringify(body)}`);
  applicationId = (body as { applicationId: string }).applicationId;
  person = await newPerson(browser);
  page = await person.newPage();
}, 180_000);

afterAll(async () => {
  await person?.close();
  await browser?.close();
});

describe("finance erasing a candidate's information on their behalf", () => {
  it('refuses to go on without the reason, with an error summary', async () => {
    await page.goto(`${cloud.consoleUrl}/fund/applications/${applicationId}`);
    await signInAs(page, financeId, 'finance');
    await onPage(page, `${seatName}: application by ${candidateId}`);
    expect(await page.getByText(STATEMENT).count()).toBe(1);
    await check('erasure-application');

    await page.getByRole('button', { name: 'Erase this candidate’s information' }).click();
    await onPage(page, 'Erase this candidate’s information');
    expect(await page.locator('.govuk-inset-text').innerText()).toBe('This application has not been decided yet, so it will be withdrawn first.');
    await check('erasure-reason');

    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Erase this candidate’s information', { error: true });
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe('Enter the reason for erasing the candidate’s information, such as the date and reference of their letter');
    await check('erasure-reason-missing');
  });

  it('withdraws the undecided application and erases it once finance confirms, and says so', async () => {
    await page.getByLabel('Reason for erasing').fill(REASON);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Are you sure you want to erase this candidate’s information?');
    expect(await page.locator('.govuk-warning-text__text').innerText()).toBe(
      'Warning\nThis application has not been decided yet. It will be withdrawn first, so the panel will not consider it. Then the groups, how the candidate described themselves and their statement are erased. You cannot undo this.',
    );
    await page.getByText(REASON).waitFor();
    await check('erasure-check');

    await page.getByRole('button', { name: 'Withdraw it and erase the information' }).click();
    await onPage(page, 'Candidate’s information erased');
    expect(await page.locator('.govuk-panel__body').innerText()).toBe(`Application\n${applicationId}`);
    await check('erasure-done');
  });

  it('shows the application erased, when and why, instead of empty groups and a blank statement', async () => {
    await page.getByRole('link', { name: 'Back to the application' }).click();
    await onPage(page, `${seatName}: application by ${candidateId}`);
    expect(await page.getByTestId('erasure').innerText()).toMatch(
      /^Erased on \d{1,2} \w+ \d{4} at \d{2}:\d{2} because finance acted on the candidate’s request\. The groups they chose, how they described themselves and their statement are no longer held; the amounts, dates, decisions and history are kept\. See every erasure$/,
    );
    expect(await page.getByText(STATEMENT).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Statement' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Erase this candidate’s information' }).count()).toBe(0);
    await page.getByText('Withdrawn', { exact: true }).first().waitFor();
    await check('erasure-application-erased');
  });

  it('lists the erasure in the audit: what, which application, when, why with the request, and by whom', async () => {
    await page.getByRole('link', { name: 'See every erasure' }).click();
    await onPage(page, 'Erasures of candidates’ information');
    // Oldest first: other suites' erasures may come before this one, so follow the pages to it.
    const row = page.getByTestId(`erasure-${applicationId}`);
    const settled = () => page.locator('table[aria-busy="false"]').waitFor();
    await settled();
    while ((await row.count()) === 0) {
      const url = page.url();
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForURL((next) => next.href !== url);
      await settled();
    }
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(1)).toStrictEqual([
      applicationId,
      'The groups they chose, how they described themselves and their statement',
      `Finance acted on the candidate’s request; the undecided application was withdrawn first\n\nRequest: ${REASON}`,
      `${financeId} (finance)`,
    ]);
    expect(cells[0]).toMatch(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/);
    expect(await page.locator('.govuk-service-navigation__item--active').innerText()).toBe('Applications');
    await check('erasures');

    await row.getByRole('link').click();
    await onPage(page, `${seatName}: application by ${candidateId}`);
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
