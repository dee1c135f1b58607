import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type { Browser } from 'playwright-core';
import { launch, newPerson, onPage, scan } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

// A member of staff reads the API's reference in the console, and signs out, ending the sign-in
// service's session too: the next visit asks who they are again.
const cloud = localCloud();
const staffId = `staff-e2e-${randomUUID().slice(0, 6)}`;
const findings: AxeFinding[] = [];
let browser: Browser;


beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('staff in the console', () => {
  it("reads the API's reference, one service at a time, the service kept in the URL", async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/api`);
    await signInAs(page, staffId, 'hq-staff');
    await onPage(page, 'API reference');
    findings.push(...(await scan(page, 'staff-api-reference')));
    await page.getByRole('link', { name: 'fund', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('service')).toBe('fund');
    await page.getByRole('heading', { level: 2, name: 'POST /fund/applications', exact: true }).waitFor();
    expect(await page.getByText('Who may call it: candidate').count()).toBeGreaterThan(0);
    // A refresh shows the same service
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'POST /fund/applications', exact: true }).waitFor();
    // Staff see no candidate navigation
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts()).toStrictEqual(['Seats', 'Timetable', 'Selections', 'Emeritus register', 'Dead letters', 'API reference']);
    await person.close();
  });

  it("signs out, ending the sign-in service's session as well", async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/api`);
    await signInAs(page, staffId, 'hq-staff');
    await onPage(page, 'API reference');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect([await page.title(), await page.getByText('Signed in as').count()]).toStrictEqual(['Home - Selections platform', 0]);
    findings.push(...(await scan(page, 'signed-out-home')));
    // The sign-in service asks again: its session ended too
    await page.goto(`${cloud.consoleUrl}/api`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to the local platform' }).waitFor();
    await person.close();
  });

  it("offers a reload when a page's code is gone (a deploy since the console was opened), and the reload shows the page", async () => {
    const person = await newPerson(browser);
    const page = await person.newPage();
    await page.goto(`${cloud.consoleUrl}/api`);
    await signInAs(page, staffId, 'hq-staff');
    await onPage(page, 'API reference');
    // The build the page was loaded from has been replaced: its Seats chunk is no longer served
    const gone = '**/assets/SeatsPage-*.js';
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Seats' }).click();
    await onPage(page, 'This page could not be loaded');
    expect(await page.getByText('The console may have been updated since you opened it.').count()).toBe(1);
    findings.push(...(await scan(page, 'page-code-missing')));
    // Reloading fetches the new build
    await page.unroute(gone);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await onPage(page, 'Seats');
    expect(new URL(page.url()).pathname).toBe('/seats');
    await person.close();
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
