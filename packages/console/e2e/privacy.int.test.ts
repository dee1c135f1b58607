import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud, openSelection } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { downloaded } from './support/download.ts';
import { signInAs } from './support/sign-in.ts';

// What the console tells a candidate of how long their special category data is kept, and their erasure and
// copy of it, through the real stack. Each page is scanned with axe and photographed.
const cloud = localCloud();
const run = randomUUID().slice(0, 6);
const candidateId = `cand-privacy-${run}`;
const seatName = `Cwm Preifat ${run}`;
const STATEMENT = `Private statement ${run}: I need a carer on hustings nights.`;
const findings: AxeFinding[] = [];
let browser: Browser;
let applicationId = '';

const check = async (page: Page, name: string) => {
  findings.push(...(await scan(page, name)));
};

beforeAll(async () => {
  const [launched, seat] = await Promise.all([launch(), openSelection(cloud, seatName)]);
  browser = launched;
  const { status, body } = await cloud.request('POST', '/fund/applications', {
    token: await cloud.token('candidate', candidateId),
    body: { seatId: seat.seatId, groups: ['disabled'], purpose: 'accessibility', amountRequestedPence: 12_000, statement: STATEMENT },
  });
  if (status !== 201) throw new Error(`could not apply: ${status} ${JSON.stringify(body)}`);
  applicationId = (body as { applicationId: string }).applicationId;
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("a candidate's information in the console", () => {
  it('tells a visitor to the start page how long their information is kept, from the policy the API publishes', async () => {
    const { body: policy } = await cloud.request('GET', '/fund/privacy');
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/fund`);
    await onPage(page, 'Apply to the Diversity Fund');
    await page.getByText('for 12 months after your application is finished').waitFor();
    expect(await page.getByTestId('retention').innerText()).toBe((policy as { summary: string }).summary);
    await check(page, 'privacy-start');
    await person.close();
  });

  it('erases an undecided application only after the candidate confirms it is withdrawn too, then shows it erased', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/applications/${applicationId}`);
    await signInAs(page, candidateId, 'candidate');
    await page.getByTestId('retention').waitFor();
    expect(await page.getByText(STATEMENT).count()).toBe(1);
    await check(page, 'privacy-application');

    await page.getByRole('button', { name: 'Erase my information now' }).click();
    await onPage(page, 'Withdraw your application and erase your information?');
    expect(await page.locator('.govuk-warning-text__text').innerText()).toBe(
      'Warning\nYour application has not been decided yet. To erase your information we must first withdraw it, so the panel will not consider it.',
    );
    await check(page, 'privacy-erase-confirm');

    await page.getByRole('button', { name: 'Yes, withdraw it and erase my information' }).click();
    await page.getByText(/^Erased on .+ because you asked$/).waitFor();
    expect(await page.getByText(STATEMENT).count()).toBe(0);
    await page.getByText('Withdrawn', { exact: true }).first().waitFor();
    await check(page, 'privacy-application-erased');
    await person.close();
  });

  it('downloads everything held about the candidate as JSON', async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/applications`);
    await signInAs(page, candidateId, 'candidate');
    await onPage(page, 'Your applications');
    await check(page, 'privacy-applications');
    const { name, text } = await downloaded(page, page.getByRole('button', { name: 'Download your information (JSON)' }));
    const data = JSON.parse(text) as { candidateId: string; applications: { applicationId: string; status: string; statement: string; groups: string[] }[]; erasures: { applicationId: string; reason: string }[] };
    expect({
      name,
      candidateId: data.candidateId,
      applications: data.applications.map(({ applicationId: id, status, statement, groups }) => ({ id, status, statement, groups })),
      erasures: data.erasures.map(({ applicationId: id, reason }) => ({ id, reason })),
    }).toStrictEqual({
      name: 'my-diversity-fund-data.json',
      candidateId,
      applications: [{ id: applicationId, status: 'withdrawn', statement: '', groups: [] }],
      erasures: [{ id: applicationId, reason: 'candidate-request' }],
    });
    await person.close();
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
