import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '@platform/local-cloud';
import { eventually, localCloud } from '@platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launch, newPerson, onPage, scan, scrollsSideways } from './support/browser.ts';
import type { AxeFinding } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { signInAs } from './support/sign-in.ts';

// Finance and HQ staff read and replay their own services' dead letters in the console, through the real
// stack: dead letters put on the local cloud's queues as the kit's consumers write them, replayed over HTTP.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const receivedOn = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
const findings: AxeFinding[] = [];
let browser: Browser;
let finance: string;

// The console has no SQS client of its own: the testing package's SDK sends the dead letters, as a
// consumer would have (the console's e2e only ever reads the queues through the API).
const { SendMessageCommand } = createRequire(join(repoRoot, 'packages', 'testing', 'package.json'))('@aws-sdk/client-sqs') as {
  SendMessageCommand: new (input: { QueueUrl: string; MessageBody: string; MessageAttributes?: Record<string, { DataType: string; StringValue: string }> }) => Parameters<typeof cloud.sqs.send>[0];
};
const REASON = 'ProvisionedThroughputExceededException: the table was throttled';
const deadLetter = (queue: string, body: string, reason?: string) =>
  cloud.sqs.send(
    new SendMessageCommand({
      QueueUrl: cloud.ref(queue),
      MessageBody: body,
      ...(reason === undefined ? {} : { MessageAttributes: { failureReason: { DataType: 'String', StringValue: reason }, sourceQueueMessageId: { DataType: 'String', StringValue: randomUUID() } } }),
    }),
  );
// A fund.donation-received v1 envelope, as the payment systems send it.
const donationEvent = (suffix: string, amountPence: number) => ({
  id: randomUUID(),
  type: 'fund.donation-received',
  version: 1,
  occurredAt: new Date().toISOString(),
  source: 'fund',
  correlationId: run,
  data: { donationId: `${run}-${suffix}`, amountPence, receivedOn, source: 'donation' },
});
const levied = (donationId: string) =>
  eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), { what: `donation ${donationId} to be levied` });
const signedIn = async (path: string, sub: string, role: 'hq-staff' | 'finance' | 'candidate'): Promise<Page> => {
  const page = await (await newPerson(browser)).newPage();
  await page.goto(`${cloud.consoleUrl}${path}`);
  // The home page asks before sending anyone to sign in; every other page sends them at once.
  if (path === '/') await page.getByRole('button', { name: 'Sign in' }).click();
  await signInAs(page, sub, role);
  return page;
};

beforeAll(async () => {
  browser = await launch();
  finance = await cloud.token('finance', `ops-fin-${run}`);
  expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } })).status);
});

afterAll(async () => {
  await browser?.close();
});

describe('the dead letters in the console', () => {
  it("lets finance read a dead letter and replay it after a confirmation, levied once; the home page counts what waits", async () => {
    // Prepare
    const event = donationEvent('one', 1_500);
    await deadLetter('FundInboxDeadLetterQueue', JSON.stringify(event), REASON);
    // Act: the home page's count, then the page it links to
    const page = await signedIn('/', `ops-fin-${run}`, 'finance');
    await page.getByRole('heading', { level: 2, name: 'Events waiting in a dead-letter queue' }).waitFor();
    await page.getByRole('link', { name: /dead letters? waiting/ }).waitFor();
    findings.push(...(await scan(page, 'operations-finance-home')));
    await page.getByRole('link', { name: /dead letters? waiting/ }).click();
    await onPage(page, 'Dead letters');
    // Assess: the fund's two queues only, the message with its reason and age in words
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).toStrictEqual([
      expect.stringMatching(/^Diversity Fund inbox\n\d+ dead letters? waiting$/),
      expect.stringMatching(/^Diversity Fund outbox relay\n\d+ dead letters? waiting$/),
    ]);
    const row = page.getByRole('row').filter({ hasText: event.id });
    expect(await row.getByRole('cell').allInnerTexts()).toStrictEqual([`fund.donation-received\nEvent ${event.id}`, REASON, 'less than a minute']);
    findings.push(...(await scan(page, 'operations-dead-letters')));
    // Act: its page, then replay it
    await row.getByRole('link', { name: 'fund.donation-received' }).click();
    await onPage(page, 'Dead letter: fund.donation-received');
    expect(await page.locator('pre').innerText()).toBe(JSON.stringify(event, null, 2));
    findings.push(...(await scan(page, 'operations-dead-letter')));
    await page.getByRole('link', { name: 'Replay this dead letter' }).click();
    await onPage(page, 'Are you sure you want to replay 1 dead letter?');
    expect(new URL(page.url()).searchParams.getAll('id')).toHaveLength(1);
    findings.push(...(await scan(page, 'operations-replay-confirm')));
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await onPage(page, '1 dead letter replayed');
    findings.push(...(await scan(page, 'operations-replayed')));
    // Assess: levied, and no longer listed
    await levied(`${run}-one`);
    await page.getByRole('link', { name: 'Back to dead letters' }).click();
    await onPage(page, 'Dead letters');
    expect(await page.getByRole('row').filter({ hasText: event.id }).count()).toBe(0);
    await page.context().close();
  });

  it('replays the dead letters chosen, by keyboard alone, refusing a replay of none with an error summary', async () => {
    // Prepare
    const first = donationEvent('kb-1', 2_500);
    const second = donationEvent('kb-2', 3_500);
    await deadLetter('FundInboxDeadLetterQueue', JSON.stringify(first), REASON);
    await deadLetter('FundInboxDeadLetterQueue', JSON.stringify(second), REASON);
    const page = await signedIn('/operations/dead-letters', `ops-fin-${run}`, 'finance');
    await onPage(page, 'Dead letters');
    await page.getByRole('row').filter({ hasText: second.id }).waitFor();
    // Act: replay none
    await tabTo(page, 'Replay selected');
    await page.keyboard.press('Enter');
    // Assess
    await onPage(page, 'Dead letters', { error: true });
    expect(await page.locator('.govuk-error-summary').getByRole('link').allInnerTexts()).toStrictEqual(['Select the dead letters to replay']);
    findings.push(...(await scan(page, 'operations-dead-letters-error')));
    // Act: choose the two, then replay
    await tabTo(page, `fund.donation-received ${first.id}`);
    await page.keyboard.press('Space');
    await tabTo(page, `fund.donation-received ${second.id}`);
    await page.keyboard.press('Space');
    await tabTo(page, 'Replay selected');
    await page.keyboard.press('Enter');
    await onPage(page, 'Are you sure you want to replay 2 dead letters?');
    expect(await page.getByRole('listitem').filter({ hasText: REASON }).count()).toBe(2);
    await tabTo(page, 'Replay');
    await page.keyboard.press('Enter');
    await onPage(page, '2 dead letters replayed');
    // Assess
    await levied(`${run}-kb-1`);
    await levied(`${run}-kb-2`);
    await page.context().close();
  });

  it("shows HQ staff only the selections and emeritus services' queues, a relay's read-only with what to do, at 320 px without scrolling sideways", async () => {
    // Prepare: a staff dead letter, and a failed stream batch on the selections relay's queue
    const relayQueue = cloud.served.queues.find((logicalId) => /^Selections.*Relay.*DeadLetterQueue/.test(logicalId)) ?? 'none';
    await deadLetter(relayQueue, JSON.stringify({ requestContext: { condition: 'RetryAttemptsExhausted' }, responseContext: { functionError: 'Unhandled' }, DDBStreamBatchInfo: { batchSize: 2, shardId: `shard-${run}` } }));
    const page = await signedIn('/', `ops-hq-${run}`, 'hq-staff');
    await page.getByRole('link', { name: /dead letters? waiting/ }).click();
    await onPage(page, 'Dead letters');
    // Assess
    expect((await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).map((text) => text.split('\n')[0])).toStrictEqual([
      'Selections inbox',
      'Selections outbox relay',
      'Emeritus register inbox',
      'Emeritus register outbox relay',
    ]);
    const relay = page.getByRole('region', { name: /^Selections outbox relay/ });
    expect({
      batch: await relay.getByRole('row').filter({ hasText: 'RetryAttemptsExhausted (Unhandled)' }).count(),
      advice: await relay.getByText('These cannot be replayed from here.').count(),
      replay: await relay.getByRole('button').count(),
    }).toStrictEqual({ batch: 1, advice: 1, replay: 0 });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    findings.push(...(await scan(page, 'operations-hq-staff-320')));
    await page.context().close();
  });

  it('shows a candidate the access page', async () => {
    const page = await signedIn('/operations/dead-letters', `ops-cand-${run}`, 'candidate');
    await onPage(page, 'You cannot use this page');
    await page.context().close();
  });

  it('passes axe (WCAG 2.2 AA) on every page it visited', () => {
    expect(findings).toStrictEqual([]);
  });
});
