import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { downloaded } from './support/download.ts';
import { signInAs } from './support/sign-in.ts';

// The emeritus committee's work in headless Chromium, through the real stack: a consultation opened through
// its form (refused first for a closing date in the past, what was typed kept), a member's response recorded
// and amended with its versions, a response refused in plain words once the consultation closed, closed
// early after a confirmation, exported; a Clause V meeting created, an MP who is not retiring added and a
// retiring one refused with the reason and their retirement, the accepted attendee flagged once they announce
// (through the outbox, relay and the service's inbox), and removed. Every page is scanned with axe (WCAG 2.2 AA).
const cloud = localCloud();
const staffId = `staff-committee-${randomUUID().slice(0, 6)}`;
const findings: AxeFinding[] = [];
let browser: Browser;
let token: string;
// MPs no other suite uses: a member of the committee (retiring, so also refused at Clause V) and one who is not retiring yet.
const member = { mpId: `mp-e2e-${randomUUID().slice(0, 8)}`, name: `Ffion Member ${randomUUID().slice(0, 4)}` };
const attendee = { mpId: `mp-e2e-${randomUUID().slice(0, 8)}`, name: `Tomos Attendee ${randomUUID().slice(0, 4)}` };
let memberRetirementId: string;
const consultationTitle = `Housing targets ${randomUUID().slice(0, 4)}`;
const meetingTitle = `Clause V meeting ${randomUUID().slice(0, 4)}`;
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const newSeat = () => `E93${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

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

const announce = async (mp: { mpId: string; name: string }) => {
  // Its own election date, years away, so the MP is early enough whatever the shared settings say.
  const response = await cloud.request('POST', '/emeritus/retirements', { token, body: { mpId: mp.mpId, mpName: mp.name, seatId: newSeat(), announcedOn: utcDate(-1), expectedElectionOn: utcDate(1_500) } });
  expect(response.status).toBe(201);
  const retirement = response.body as { retirementId: string; emeritusEligible: boolean };
  expect(retirement.emeritusEligible).toBe(true);
  return retirement.retirementId;
};

const fillDate = async (page: Page, legend: string, date: string) => {
  const group = page.getByRole('group', { name: legend });
  const [year, month, day] = date.split('-');
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year!);
};

beforeAll(async () => {
  token = await cloud.token('hq-staff', staffId);
  // A retirement is judged against the register's expected election: a cloud whose settings were never saved has none
  const settings = (await cloud.request('GET', '/emeritus/settings', { token })).body as { expectedElectionOn: string | null; earlyAnnouncementMonths: number };
  if (settings.expectedElectionOn === null) {
    const saved = await cloud.request('PUT', '/emeritus/settings', { token, body: { expectedElectionOn: utcDate(3 * 365), earlyAnnouncementMonths: settings.earlyAnnouncementMonths } });
    expect(saved.status).toBe(200);
  }
  memberRetirementId = await announce(member);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("the emeritus committee's consultations and Clause V meetings, in the console", () => {
  let consultationUrl: string;

  it('opens a consultation through the form, refusing a closing date in the past and keeping what was typed', async () => {
    const page = await signedIn('/emeritus');
    await onPage(page, 'Emeritus register');
    await page.getByRole('link', { name: 'Consultations of the emeritus committee' }).click();
    await onPage(page, 'Consultations of the emeritus committee');
    await page.getByRole('table').or(page.getByText('No consultation has been opened yet.')).first().waitFor();
    await check(page, 'committee-consultations');
    await page.getByRole('link', { name: 'Open a consultation' }).click();
    await onPage(page, 'Open a consultation');

    await page.getByLabel('Title', { exact: true }).fill(consultationTitle);
    await page.getByLabel('What does it concern?').fill('Manifesto section 4: housing');
    await page.getByLabel('Question 1').fill('What target should we set?');
    await page.getByRole('button', { name: 'Add another question' }).click();
    await page.getByLabel('Question 2').fill('By when?');
    await page.getByRole('button', { name: 'Add another question' }).click();
    expect(await page.getByLabel('Question 3').evaluate((box) => box === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Remove question 3' }).click();
    expect(await page.getByLabel('Question 3').count()).toBe(0);
    await page.getByRole('button', { name: 'Add a paper' }).click();
    await page.getByLabel('Title of paper 1').fill('Draft section 4');
    await page.getByLabel('Web address of paper 1').fill('https://papers.example.org/4.pdf');
    await fillDate(page, 'When does it close?', utcDate(-2));
    await check(page, 'committee-open-consultation');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check the consultation before opening it');
    await page.getByRole('button', { name: 'Open consultation' }).click();

    // The API refuses a closing date in the past: back to the form, the message at the date, everything kept
    await onPage(page, 'Open a consultation', { error: true });
    const messages = await page.locator('.govuk-error-summary__list li').allInnerTexts();
    expect(messages).toHaveLength(1);
    expect(await page.locator('#closesOn-error').innerText()).toContain(messages[0]!);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(consultationTitle);
    expect(await page.getByLabel('Question 2').inputValue()).toBe('By when?');
    expect(await page.getByLabel('Web address of paper 1').inputValue()).toBe('https://papers.example.org/4.pdf');
    await check(page, 'committee-open-consultation-refused');
    await page.locator('.govuk-error-summary__list a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('closesOn-day');

    await fillDate(page, 'When does it close?', utcDate(30));
    await page.getByRole('button', { name: 'Continue' }).click();
    await onPage(page, 'Check the consultation before opening it');
    expect(await summaryValue(page, 'Questions')).toBe('What target should we set?\nBy when?');
    expect(await summaryValue(page, 'Papers')).toBe('Draft section 4: https://papers.example.org/4.pdf');
    await check(page, 'committee-check-consultation');
    await page.getByRole('button', { name: 'Open consultation' }).click();

    await onPage(page, consultationTitle);
    await page.getByText(/^The consultation is open: \d+ members? (is|are) consulted$/).waitFor();
    const row = page.getByRole('row', { name: new RegExp(member.name) });
    expect(await row.locator('td').nth(1).innerText()).toBe('On the committee when it opened');
    expect(await row.locator('td').nth(2).innerText()).toBe('Not responded');
    await check(page, 'committee-consultation');
    consultationUrl = page.url().replace(/\?.*$/, '');
  }, 120_000);

  it("records a member's response on their behalf, amends it, and lists each version with who recorded it", async () => {
    const page = await signedIn(new URL(consultationUrl).pathname);
    await onPage(page, consultationTitle);
    await page.getByRole('link', { name: `Record ${member.name}'s response` }).click();
    await onPage(page, `Record ${member.name}'s response`);
    await page.getByRole('button', { name: 'Record response' }).click();
    await onPage(page, `Record ${member.name}'s response`, { error: true });
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe("Enter the member's response");
    await check(page, 'committee-response-refused');
    await page.getByLabel("The member's response").fill('Aim higher.');
    await page.getByRole('button', { name: 'Record response' }).click();
    await onPage(page, consultationTitle);
    await page.getByText(`${member.name}'s response is recorded`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(member.name) }).locator('td').nth(2).innerText()).toBe('Responded');

    await page.getByRole('link', { name: `Amend ${member.name}'s response` }).click();
    await onPage(page, `Amend ${member.name}'s response`);
    expect(await page.getByLabel("The member's response").inputValue()).toBe('Aim higher.');
    await page.getByLabel("The member's response").fill('Aim higher, sooner.');
    await page.getByRole('button', { name: 'Save the amended response' }).click();
    await onPage(page, consultationTitle);
    await page.getByText(`${member.name}'s response is recorded`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(member.name) }).locator('td').nth(2).innerText()).toBe('Responded, amended');
    await page.locator('.govuk-inset-text', { hasText: member.name }).getByText('Aim higher, sooner.').waitFor();

    await page.getByRole('link', { name: `Amend ${member.name}'s response` }).click();
    await onPage(page, `Amend ${member.name}'s response`);
    const versions = page.getByRole('table', { name: 'Every version of the response, oldest first' });
    const rows = await versions.locator('tbody tr').all();
    expect(await Promise.all(rows.map(async (version) => [await version.locator('td').nth(0).innerText(), await version.locator('td').nth(1).innerText(), await version.locator('td').nth(3).innerText()]))).toStrictEqual([
      ['1', staffId, 'Aim higher.'],
      ['2', staffId, 'Aim higher, sooner.'],
    ]);
    await check(page, 'committee-response');
  }, 90_000);

  it('closes the consultation early after a confirmation, lists it as closed, and downloads the responses', async () => {
    const page = await signedIn(new URL(consultationUrl).pathname);
    await onPage(page, consultationTitle);
    await page.getByRole('link', { name: 'Close the consultation early' }).click();
    await onPage(page, 'Are you sure you want to close the consultation early?');
    await check(page, 'committee-close-consultation');
    await page.getByRole('button', { name: 'Close the consultation' }).click();
    await onPage(page, consultationTitle);
    await page.getByText('The consultation is closed').waitFor();
    expect(await summaryValue(page, 'Status')).toBe('Closed early');
    expect(await page.getByRole('link', { name: 'Close the consultation early' }).count()).toBe(0);
    await check(page, 'committee-consultation-closed');

    const { name, text } = await downloaded(page, page.getByRole('button', { name: 'Download the responses (CSV)' }));
    expect(name).toMatch(/^consultation-[0-9a-f-]+-responses\.csv$/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('MP id,Name,Seat,Consulted because,Added at,Withdrawn on,Responded,Version,Recorded by,Recorded at,Response');
    const mine = lines.filter((line) => line.startsWith(`${member.mpId},`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(`,yes,2,${staffId},`);
    expect(mine[0]!.endsWith(',"Aim higher, sooner."')).toBe(true);

    await page.getByRole('link', { name: 'Back to consultations' }).click();
    await onPage(page, 'Consultations of the emeritus committee');
    await page.getByRole('link', { name: 'Closed', exact: true }).click();
    await page.getByRole('table', { name: /^Closed consultations/ }).getByRole('link', { name: consultationTitle }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('closed');
    await check(page, 'committee-consultations-closed');
  }, 90_000);

  it('says in plain words that a response cannot be recorded once the consultation has closed, keeping what was typed', async () => {
    const opened = await cloud.request('POST', '/emeritus/consultations', { token, body: { title: `Late ${consultationTitle}`, concerns: 'Process', questions: ['Agree?'], closesOn: utcDate(10) } });
    expect(opened.status).toBe(201);
    const { consultationId } = opened.body as { consultationId: string };
    const page = await signedIn(`/emeritus/consultations/${consultationId}/responses/${member.mpId}`);
    await onPage(page, `Record ${member.name}'s response`);
    expect((await cloud.request('POST', `/emeritus/consultations/${consultationId}/close`, { token })).status).toBe(200);
    await page.getByLabel("The member's response").fill('Agreed, by letter.');
    await page.getByRole('button', { name: 'Record response' }).click();
    await onPage(page, `${member.name}'s response`, { error: true });
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe('The consultation has closed, so responses can no longer be recorded or changed');
    expect(await page.getByLabel("The member's response").inputValue()).toBe('Agreed, by letter.');
    expect(await page.getByRole('button', { name: 'Record response' }).count()).toBe(0);
    await check(page, 'committee-response-closed');
  }, 90_000);

  let meetingPath: string;

  it('creates a Clause V meeting, refusing one with no title, date or place', async () => {
    const page = await signedIn('/emeritus');
    await onPage(page, 'Emeritus register');
    await page.getByRole('link', { name: 'Clause V meetings' }).click();
    await onPage(page, 'Clause V meetings');
    await page.getByRole('table').or(page.getByText('No meeting has been created yet.')).first().waitFor();
    await check(page, 'committee-meetings');
    await page.getByRole('link', { name: 'Create a meeting' }).click();
    await onPage(page, 'Create a Clause V meeting');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await onPage(page, 'Create a Clause V meeting', { error: true });
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toStrictEqual([
      'Enter a title for the meeting',
      'Enter the date of the meeting',
      'Enter where the meeting is held, or a link to join it, or both',
    ]);
    await check(page, 'committee-create-meeting-refused');
    await page.getByLabel('Title', { exact: true }).fill(meetingTitle);
    await fillDate(page, 'When is it held?', utcDate(30));
    await page.getByLabel(/^Where is it held\?/).fill('Labour Central, London');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await onPage(page, meetingTitle);
    await page.getByText('The meeting is created').waitFor();
    expect(await summaryValue(page, 'Place')).toBe('Labour Central, London');
    await check(page, 'committee-meeting');
    meetingPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Back to Clause V meetings' }).click();
    await onPage(page, 'Clause V meetings');
    const listed = page.getByRole('row', { name: new RegExp(meetingTitle) });
    // The list is read after the page's heading shows: wait for the meeting's row before reading it
    await listed.waitFor();
    expect(await listed.locator('td').allInnerTexts()).toStrictEqual([meetingTitle, expect.any(String), 'Labour Central, London', '0', 'Upcoming']);
    await check(page, 'committee-meetings-listed');
  }, 90_000);

  it('adds an MP who is not retiring, and refuses the retiring MP with the reason and a link to their retirement', async () => {
    const page = await signedIn(meetingPath);
    await onPage(page, meetingTitle);
    await page.getByRole('link', { name: 'Add an attendee' }).click();
    await onPage(page, 'Add an attendee');
    await page.getByLabel("MP's id").fill(attendee.mpId);
    await page.getByLabel("MP's name").fill(attendee.name);
    await page.getByRole('button', { name: 'Add attendee' }).click();
    await onPage(page, meetingTitle);
    await page.getByText(`${attendee.name} is added to the meeting`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(attendee.name) }).locator('td').nth(2).innerText()).toBe('May attend');

    await page.getByRole('link', { name: 'Add an attendee' }).click();
    await onPage(page, 'Add an attendee');
    await page.getByLabel("MP's id").fill(member.mpId);
    await page.getByLabel("MP's name").fill(member.name);
    await page.getByRole('button', { name: 'Add attendee' }).click();
    await onPage(page, 'Add an attendee', { error: true });
    expect(await page.locator('.govuk-error-summary__title').innerText()).toBe('This MP may not attend');
    expect(await page.locator('.govuk-error-summary__list').innerText()).toMatch(new RegExp(`^${member.name} may not attend: retiring at the next general election`));
    expect(await page.getByRole('link', { name: `See ${member.name}'s retirement` }).getAttribute('href')).toBe(`/emeritus/retirements/${memberRetirementId}`);
    expect(await page.getByLabel("MP's id").inputValue()).toBe(member.mpId);
    await check(page, 'committee-add-attendee-refused');
  }, 90_000);

  it("flags the attendee once they announce their retirement, with the reason, downloads the list, and removes them after a confirmation", async () => {
    const retirementId = await announce(attendee);
    const page = await signedIn(meetingPath);
    await onPage(page, meetingTitle);
    const flag = page.getByRole('heading', { name: '1 attendee must be removed' });
    // The flag arrives through the outbox, the relay and the service's inbox: a few seconds on a loaded machine
    for (let tries = 0; tries < 40 && (await flag.count()) === 0; tries++) {
      await page.waitForTimeout(500);
      await page.reload();
      await onPage(page, meetingTitle);
    }
    await flag.waitFor();
    const block = page.locator('.govuk-error-summary');
    expect(await block.innerText()).toContain(`${attendee.name} (${attendee.mpId})`);
    expect(await block.innerText()).toContain('retiring at the next general election');
    expect(await block.getByRole('link', { name: `See the retirement of ${attendee.name}` }).getAttribute('href')).toBe(`/emeritus/retirements/${retirementId}`);
    expect(await page.getByRole('row', { name: new RegExp(attendee.name) }).locator('td').nth(2).innerText()).toBe('Must be removed');
    await check(page, 'committee-meeting-flagged');

    const { name, text } = await downloaded(page, page.getByRole('button', { name: 'Download the attendee list (CSV)' }));
    expect(name).toMatch(/^clause-v-meeting-[0-9a-f-]+-attendees\.csv$/);
    expect(text.split('\r\n').filter((line) => line.includes(attendee.mpId))).toHaveLength(1);

    await block.getByRole('link', { name: `Remove ${attendee.name}` }).click();
    await onPage(page, `Are you sure you want to remove ${attendee.name}?`);
    await check(page, 'committee-remove-attendee');
    await page.getByRole('button', { name: 'Remove attendee' }).click();
    await onPage(page, meetingTitle);
    await page.getByText(`${attendee.name} is removed from the meeting`).waitFor();
    expect(await page.getByRole('heading', { name: /must be removed$/ }).count()).toBe(0);
    expect(await page.getByText('No attendee has been added yet.').count()).toBe(1);
    await check(page, 'committee-meeting-cleared');
  }, 120_000);

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
