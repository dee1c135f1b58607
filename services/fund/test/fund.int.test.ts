import { randomUUID } from 'node:crypto';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';
import { addDays, calendarDateOf } from '../src/domain/dates.ts';

// Through the local cloud: HTTP through the gateway, donations through the fund's real queue and consumer.
// Other files use the deployed fund too (test/diversity-fund-journey.int.test.ts levies, commits and pays),
// so this one asserts what its own donations changed: balances as differences, the ledger by its ids.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const today = calendarDateOf(new Date());
const lastWeek = addDays(today, -7);
// The shared fund's one rate, the same in every file that levies: a rate may not start on or before a
// donation already levied, so each file sets this one (201 the first time, 200 after) before it donates.
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
let finance: string;

interface Balance {
  raisedPence: number;
  refundedPence: number;
  leviedPence: number;
  committedPence: number;
  disbursedPence: number;
  availablePence: number;
  exact: { leviedPence: string; availablePence: string };
  levyRate: unknown;
  unleviedPence: number;
  donationCount: number;
  refundCount: number;
}
const balance = async () => (await cloud.request('GET', '/fund/balance', { token: finance })).body as Balance;
/** Exact pence (`'1915.0200'`) as 1/10,000 p units, so that differences are exact. */
const unitsOf = (exact: string) => Number(exact.replace('.', ''));
/** What changed from one balance to the next. */
const moved = (before: Balance, after: Balance) => ({
  raisedPence: after.raisedPence - before.raisedPence,
  refundedPence: after.refundedPence - before.refundedPence,
  leviedUnits: unitsOf(after.exact.leviedPence) - unitsOf(before.exact.leviedPence),
  availableUnits: unitsOf(after.exact.availablePence) - unitsOf(before.exact.availablePence),
  committedPence: after.committedPence - before.committedPence,
  disbursedPence: after.disbursedPence - before.disbursedPence,
  unleviedPence: after.unleviedPence - before.unleviedPence,
  donationCount: after.donationCount - before.donationCount,
  refundCount: after.refundCount - before.refundCount,
});
let afterDonations: Balance;

const enqueue = (body: string) => cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: body }));
const levied = (donationId: string) =>
  eventually(
    async () => {
      const response = await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance });
      return response.status === 200 ? (response.body as Record<string, unknown>) : undefined;
    },
    { what: `donation ${donationId} to be levied` },
  );

beforeAll(async () => {
  finance = await cloud.token('finance', 'fin-1');
});

describe('the Diversity Fund through the local cloud', () => {
  it('levies donations arriving over HTTP, over the queue and by import once each, and balances to the penny', async () => {
    // Prepare: a rate of 3% from before any donation
    const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE });
    expect([200, 201]).toContain(rate.status);
    const before = await balance();

    // Act: by hand over HTTP, twice
    const byHand = { donationId: `${run}-http`, amountPence: 2_500, receivedOn: lastWeek, source: 'donation' };
    expect((await cloud.request('POST', '/fund/donations', { token: finance, body: byHand })).status).toBe(202);
    // Act: from a payment system, onto the queue: the same event twice, then the same donation in a new event
    const fromStripe = donationReceived.create({ donationId: `${run}-queue`, amountPence: 1_001, receivedOn: lastWeek, source: 'membership' }, { correlationId: run });
    await enqueue(JSON.stringify(fromStripe));
    await enqueue(JSON.stringify(fromStripe));
    await enqueue(JSON.stringify({ ...fromStripe, id: randomUUID() }));
    // Act: a CSV import with a bad row
    const csv = [
      'donationId,amountPence,receivedOn,source,donorName',
      `${run}-csv-1,60000,${lastWeek},donation,Jo Smith`,
      `${run}-csv-2,£3.33,${lastWeek},fundraising,`,
      `${run}-csv-3,333,${lastWeek},affiliation,`,
    ].join('\n');
    const imported = await cloud.request('POST', '/fund/donations/import', { token: finance, body: csv, headers: { 'content-type': 'text/csv' } });

    // Assess
    expect({ status: imported.status, body: imported.body }).toStrictEqual({
      status: 202,
      body: { enqueued: 2, rejected: [{ line: 3, errors: [{ field: 'amountPence', message: 'must be whole pence, digits only, e.g. 2500 for £25' }] }] },
    });
    const large = await levied(`${run}-csv-1`);
    await Promise.all([`${run}-http`, `${run}-queue`, `${run}-csv-3`].map(levied));
    expect({ check: large['permissibilityCheck'], levy: large['levy'] }).toStrictEqual({
      check: 'required',
      levy: { rate: RATE, exactPence: '1800.0000', movementId: expect.any(String) },
    });
    // The duplicate deliveries have been handled once they leave the queue; the balance counts each donation once.
    afterDonations = await eventually(
      async () => {
        const after = await balance();
        return after.donationCount === before.donationCount + 4 ? after : undefined;
      },
      { what: 'four more donations in the balance' },
    );
    // 2,500 + 1,001 + 60,000 + 333 = 63,834p raised; 3% is 1,915.02p
    expect(moved(before, afterDonations)).toStrictEqual({
      raisedPence: 63_834,
      refundedPence: 0,
      leviedUnits: 19_150_200,
      availableUnits: 19_150_200,
      committedPence: 0,
      disbursedPence: 0,
      unleviedPence: 0,
      donationCount: 4,
      refundCount: 0,
    });
    expect(afterDonations.levyRate).toStrictEqual(RATE);
  });

  it('refunds part of a donation, reversing exactly its levy, and keeps the ledger reconciled', async () => {
    // Act
    const refund = await cloud.request('POST', `/fund/donations/${run}-http/refunds`, { token: finance, body: { amountPence: 550, refundId: `${run}-r1` } });
    const again = await cloud.request('POST', `/fund/donations/${run}-http/refunds`, { token: finance, body: { amountPence: 550, refundId: `${run}-r1` } });
    const tooMuch = await cloud.request('POST', `/fund/donations/${run}-http/refunds`, { token: finance, body: { amountPence: 1_951 } });
    // Assess
    expect({ status: refund.status, reversed: (refund.body as Record<string, unknown>)['levyReversedExactPence'], again: again.status, tooMuch: tooMuch.status }).toStrictEqual({
      status: 201,
      reversed: '16.5000',
      again: 200,
      tooMuch: 409,
    });
    // 550 × 3% = 16.50p back out of the fund
    expect(moved(afterDonations, await balance())).toStrictEqual({
      raisedPence: 0,
      refundedPence: 550,
      leviedUnits: -165_000,
      availableUnits: -165_000,
      committedPence: 0,
      disbursedPence: 0,
      unleviedPence: 0,
      donationCount: 0,
      refundCount: 1,
    });
    const { body: reconciliation } = await cloud.request('GET', '/fund/reconciliation', { token: finance });
    expect(reconciliation).toMatchObject({ settled: true, balanced: true, entriesSum: 0, differences: [] });
  });

  it('serves the ledger a page at a time and the statement as CSV', async () => {
    // Act: every page of the week's ledger, three movements at a time
    const pages: { movements: { kind: string; donationId?: string }[]; nextCursor?: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await cloud.request('GET', `/fund/ledger?from=${lastWeek}&to=${today}&limit=3${cursor === undefined ? '' : `&cursor=${cursor}`}`, { token: finance });
      pages.push(page.body as (typeof pages)[number]);
      cursor = pages.at(-1)?.nextCursor;
    } while (cursor !== undefined);
    const statement = await cloud.request('GET', `/fund/statement.csv?from=${lastWeek}&to=${today}`, { token: finance });
    // Assess: this file's five movements among them, and in the statement
    const ours = pages.flatMap((page) => page.movements).filter((movement) => movement.donationId?.startsWith(run));
    expect({ firstPage: pages[0]?.movements.length, kinds: ours.map((movement) => movement.kind).sort() }).toStrictEqual({
      firstPage: 3,
      kinds: ['levy', 'levy', 'levy', 'levy', 'levy-reversal'],
    });
    const rows = String(statement.body).trimEnd().split('\r\n');
    expect({ contentType: statement.contentType, ours: rows.filter((row) => row.includes(run)).length }).toStrictEqual({ contentType: 'text/csv; charset=utf-8', ours: 5 });
  });

  it('refuses a rate reaching back over donations already levied', async () => {
    // Act
    const response = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 350, effectiveFrom: lastWeek } });
    // Assess: levied as late as last week here, or later by another file
    const details = (response.body as { details: { effectiveFrom: string; latestReceivedOn: string } }).details;
    expect({ status: response.status, effectiveFrom: details.effectiveFrom, latestOnOrAfter: details.latestReceivedOn >= lastWeek }).toStrictEqual({
      status: 409,
      effectiveFrom: lastWeek,
      latestOnOrAfter: true,
    });
  });

  it('levies a donation whose donor has a Gaelic name with an emoji, through the real queue, and keeps the name as sent', async () => {
    // Prepare: the fauxqs emulator refuses emoji in a message body, as real SQS refuses U+FFFF; the body is ASCII JSON
    const donor = { name: '🌹 Ealasaid NicDhòmhnaill', reference: 'Siân Gwenllian, Zoë' };
    await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE });
    // Act
    const response = await cloud.request('POST', '/fund/donations', {
      token: finance,
      body: { donationId: `${run}-gaelic`, amountPence: 1_000, receivedOn: lastWeek, source: 'donation', donor },
    });
    // Assess
    expect(response.status).toBe(202);
    expect(await levied(`${run}-gaelic`)).toMatchObject({ donationId: `${run}-gaelic`, donor, levy: { exactPence: '30.0000' } });
  });

  it("sends a bad donation event to the fund's dead-letter queue with its reason", async () => {
    // Prepare
    const event = donationReceived.create({ donationId: `${run}-bad`, amountPence: 100, receivedOn: lastWeek, source: 'donation' }, { correlationId: run });
    const body = JSON.stringify({ ...event, data: { ...event.data, amountPence: -100 } });
    // Act
    await enqueue(body);
    // Assess
    const poison = await eventually(
      async () => {
        const { Messages = [] } = await cloud.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: cloud.ref('FundInboxDeadLetterQueue'), MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], WaitTimeSeconds: 1 }),
        );
        return Messages.find((message) => message.Body === body);
      },
      { what: 'the bad donation in the dead-letter queue' },
    );
    expect(poison.MessageAttributes?.['failureReason']?.StringValue).toBe('fund.donation-received v1 is invalid: data.amountPence: Too small: expected number to be >0');
  });
});
