import { randomUUID } from 'node:crypto';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';
import { addDays, calendarDateOf } from '../src/domain/dates.ts';

// Through the local cloud: HTTP through the gateway, donations through the fund's real queue and consumer.
// This is the only test file that uses the deployed fund table, so its totals are this file's alone.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const today = calendarDateOf(new Date());
const lastWeek = addDays(today, -7);
let finance: string;

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
    const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 300, effectiveFrom: addDays(today, -30) } });
    expect(rate.status).toBe(201);

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
      levy: { rate: { basisPoints: 300, effectiveFrom: addDays(today, -30) }, exactPence: '1800.0000', movementId: expect.any(String) },
    });
    // The duplicate deliveries have been handled once they leave the queue; the balance counts each donation once.
    const balance = await eventually(
      async () => {
        const { body } = await cloud.request('GET', '/fund/balance', { token: finance });
        return (body as { donationCount: number }).donationCount === 4 ? body : undefined;
      },
      { what: 'four donations in the balance' },
    );
    // 2,500 + 1,001 + 60,000 + 333 = 63,834p raised; 3% is 1,915.02p
    expect(balance).toStrictEqual({
      raisedPence: 63_834,
      refundedPence: 0,
      leviedPence: 1_915,
      committedPence: 0,
      disbursedPence: 0,
      availablePence: 1_915,
      exact: { leviedPence: '1915.0200', availablePence: '1915.0200' },
      levyRate: { basisPoints: 300, effectiveFrom: addDays(today, -30) },
      unleviedPence: 0,
      donationCount: 4,
      refundCount: 0,
    });
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
    const { body: balance } = await cloud.request('GET', '/fund/balance', { token: finance });
    // (63,834 - 550) × 3% = 1,898.52p
    expect(balance).toMatchObject({ raisedPence: 63_834, refundedPence: 550, leviedPence: 1_898, availablePence: 1_898, exact: { leviedPence: '1898.5200', availablePence: '1898.5200' } });
    const { body: reconciliation } = await cloud.request('GET', '/fund/reconciliation', { token: finance });
    expect(reconciliation).toMatchObject({ settled: true, balanced: true, movementCount: 5, entriesSum: 0, differences: [] });
  });

  it('serves the ledger a page at a time and the statement as CSV', async () => {
    // Act
    const page = await cloud.request('GET', `/fund/ledger?from=${lastWeek}&to=${today}&limit=3`, { token: finance });
    const next = await cloud.request('GET', `/fund/ledger?from=${lastWeek}&to=${today}&limit=3&cursor=${(page.body as { nextCursor: string }).nextCursor}`, { token: finance });
    const statement = await cloud.request('GET', `/fund/statement.csv?from=${lastWeek}&to=${today}`, { token: finance });
    // Assess
    const kinds = (body: unknown) => (body as { movements: { kind: string }[] }).movements.map((moved) => moved.kind);
    expect([...kinds(page.body), ...kinds(next.body)].sort()).toStrictEqual(['levy', 'levy', 'levy', 'levy', 'levy-reversal']);
    expect({ contentType: statement.contentType, rows: String(statement.body).trimEnd().split('\r\n').length }).toStrictEqual({ contentType: 'text/csv; charset=utf-8', rows: 6 });
  });

  it('refuses a rate reaching back over donations already levied', async () => {
    // Act
    const response = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 350, effectiveFrom: lastWeek } });
    // Assess
    expect({ status: response.status, details: (response.body as Record<string, unknown>)['details'] }).toStrictEqual({
      status: 409,
      details: { effectiveFrom: lastWeek, latestReceivedOn: lastWeek },
    });
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
