import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud, openSelection } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan, scrollsSideways } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';

// The candidate's journey in headless Chromium, through the real stack: the console as the local cloud serves
// it, signing in at the local OpenID provider, calling the API through the gateway. Every page is scanned with
// axe (WCAG 2.2 AA) and photographed (.local/screenshots).
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const candidateId = `cand-e2e-${run}`;
const seatName = `Cwm Prawf ${run}`;
const findings: AxeFinding[] = [];
let browser: Browser;

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};

beforeAll(async () => {
  [browser] = await Promise.all([launch(), openSelection(cloud, seatName)]);
});

afterAll(async () => {
  await browser?.close();
});

describe("a candidate's application to the Diversity Fund, in the console", () => {
  let applicationId = '';

  it('applies through the question pages, is refused where an answer is wrong, checks the answers and gets a reference', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund`);
    await onPage(page, 'Apply to the Diversity Fund');
    await check(page, 'candidate-start');

    // Start now asks who they are, then comes back to the first question
    await page.getByRole('button', { name: 'Start now' }).click();
    await signInAs(page, candidateId, 'candidate');
    await page.waitForURL('**/fund/apply/seat');
    await onPage(page, 'Which constituency are you standing in?');

    // Continue without a seat: the error summary, focused, linking to the question
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Which constituency are you standing in?', { error: true });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    await check(page, 'candidate-seat-error');

    await page.getByLabel('Constituency name').fill(`prawf ${run}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel(seatName).check();
    expect(new URL(page.url()).searchParams.get('search')).toBe(`prawf ${run}`);
    await check(page, 'candidate-seat');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/fund/apply/groups');
    await page.getByLabel('Women').check();
    await check(page, 'candidate-groups');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/fund/apply/purpose');
    await page.getByLabel('Childcare').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // An amount to a tenth of a penny is refused, and what was typed is kept
    await page.waitForURL('**/fund/apply/amount');
    await page.getByLabel('How much are you asking for?').fill('1.005');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('link', { name: 'Enter the amount to the nearest penny, like 150.25' }).count()).toBe(1);
    expect(await page.getByLabel('How much are you asking for?').inputValue()).toBe('1.005');
    await check(page, 'candidate-amount-error');
    await page.getByLabel('How much are you asking for?').fill('£1,250.50');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/fund/apply/statement');
    await page.getByLabel('Why are you applying?').fill('I care for my mother in the evenings, when the hustings are.');
    await check(page, 'candidate-statement');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Check your answers, with a Change link that comes back here
    await page.waitForURL('**/fund/apply/check');
    await check(page, 'candidate-check-answers');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('£1,250.50');
    await page.getByRole('link', { name: 'Change amount' }).click();
    await page.getByLabel('How much are you asking for?').fill('1250.75');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/fund/apply/check');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('£1,250.75');

    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.waitForURL('**/fund/apply/confirmation/*');
    await onPage(page, 'Application sent');
    applicationId = await page.locator('.govuk-panel__body strong').innerText();
    await check(page, 'candidate-confirmation');

    // The API recorded exactly the pence typed
    const token = await cloud.token('candidate', candidateId);
    const recorded = await cloud.request('GET', `/fund/applications/${applicationId}`, { token });
    expect((recorded.body as { amountRequestedPence: number; seatName: string }).amountRequestedPence).toBe(125_075);
    await person.close();
  });

  it('follows the application as a timeline and withdraws it after confirming', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/applications`);
    await signInAs(page, candidateId, 'candidate');
    await page.waitForURL('**/applications');
    const row = page.getByRole('row', { name: new RegExp(applicationId) });
    await row.getByText('Awaiting a decision').waitFor();
    await check(page, 'candidate-applications');

    await page.getByRole('link', { name: applicationId }).click();
    await page.locator('.moj-timeline__title').first().waitFor();
    expect(await page.locator('.moj-timeline__title').allInnerTexts()).toStrictEqual(['Application submitted']);
    expect(await page.locator('.moj-timeline__byline').allInnerTexts()).toStrictEqual(['by You']);
    await check(page, 'candidate-application');

    await page.getByRole('button', { name: 'Withdraw this application' }).click();
    await onPage(page, 'Are you sure you want to withdraw your application?');
    await check(page, 'candidate-withdraw');
    await page.getByLabel('Why are you withdrawing? (optional)').fill('I have decided not to stand.');
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await page.waitForURL(`**/applications/${applicationId}`);
    await page.getByText('Withdrawn', { exact: true }).first().waitFor();
    expect(await page.locator('.moj-timeline__title').allInnerTexts()).toStrictEqual(['Application withdrawn', 'Application submitted']);
    expect(await page.getByText('Reason: I have decided not to stand.').count()).toBe(1);
    await person.close();
  });

  it("shows another candidate's application as not found, and a staff page as not theirs", async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/applications/${applicationId}`);
    await signInAs(page, `cand-e2e-other-${run}`, 'candidate');
    await page.waitForURL(`**/applications/${applicationId}`);
    await onPage(page, 'Page not found');
    await check(page, 'candidate-not-found');
    await page.goto(`${cloud.consoleUrl}/api`);
    await onPage(page, 'You cannot use this page');
    // A candidate sees no staff navigation
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts()).toStrictEqual(['Apply for support', 'Your applications']);
    await person.close();
  });

  it('keeps what was typed on a question page when the session expires, signing in and coming back', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund/apply/statement`);
    await signInAs(page, candidateId, 'candidate');
    await page.waitForURL('**/fund/apply/statement');
    await page.getByLabel('Why are you applying?').fill('Typed before the session ended.');
    // The session ends: the stored tokens expire
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage).filter((name) => name.startsWith('oidc.user:'))) {
        const user = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { expires_at?: number };
        sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: 1 }));
      }
    });
    await page.reload();
    // The provider still knows them, or asks again; either way they come back to the same page
    if (new URL(page.url()).origin !== new URL(cloud.consoleUrl).origin) await signInAs(page, candidateId, 'candidate');
    await page.waitForURL('**/fund/apply/statement');
    expect(await page.getByLabel('Why are you applying?').inputValue()).toBe('Typed before the session ended.');
    await person.close();
  });

  it('applies by keyboard alone, every control reached by Tab with its focus visible', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund`);
    await tabTo(page, 'Start now');
    await page.keyboard.press('Enter');
    // The sign-in page, by keyboard too
    await page.getByRole('heading', { level: 1, name: 'Sign in to the local platform' }).waitFor();
    await tabTo(page, 'User id');
    await page.keyboard.type(`${candidateId}-keys`);
    await tabTo(page, 'Role');
    await page.keyboard.type('Candidate');
    await tabTo(page, 'Sign in');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/seat');
    await onPage(page, 'Which constituency are you standing in?');
    await tabTo(page, 'Constituency name');
    await page.keyboard.type(`prawf ${run}`);
    await page.keyboard.press('Enter');
    await page.getByLabel(seatName).waitFor();
    await tabTo(page, seatName);
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/groups');
    await tabTo(page, 'Disabled people');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/purpose');
    // Radios are one stop of Tab; the arrow keys choose among them
    await tabTo(page, 'Childcare');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Travel').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/amount');
    await tabTo(page, 'How much are you asking for?');
    await page.keyboard.type('80.00');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/statement');
    await tabTo(page, 'Why are you applying?');
    await page.keyboard.type('I use a wheelchair and need accessible taxis to reach the branch meetings.');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/check');
    await tabTo(page, 'Accept and send');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fund/apply/confirmation/*');
    await onPage(page, 'Application sent');
    // Focus moved to the new page's heading, as on every route change
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await person.close();
  });

  it('works at 320 pixels wide without scrolling sideways', async () => {
    const person = await newPerson(browser, { width: 320, height: 640 });
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund`);
    expect(await scrollsSideways(page)).toBe(false);
    await check(page, 'candidate-start-320');
    await person.close();
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
