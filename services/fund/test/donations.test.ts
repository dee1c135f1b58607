import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import type { DonationData } from '../src/domain/donation.ts';
import { getDonationHandler } from '../src/handlers/get-donation.ts';
import { importDonationsHandler } from '../src/handlers/import-donations.ts';
import { recordDonationHandler } from '../src/handlers/record-donation.ts';
import { bodyOf, claimsOf, FakeDonationClaims, FakeDonationQueue } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const donation = (overrides: Partial<DonationData> = {}): DonationData => ({
  donationId: 'stripe-ch_1',
  amountPence: 60_000,
  receivedOn: '2026-05-31',
  source: 'donation',
  ...overrides,
});

/** A fund holding one donation, levied at 3%. */
const fundWith = (data: DonationData) => {
  const funds = new InMemoryFundStore();
  const rates = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];
  const { donation: received } = receiveDonation(data, { rates, eventId: 'event-1', movementId: 'levy-1', now: NOW });
  funds.donations.set(data.donationId, received);
  return funds;
};

const post = (body: unknown, role: 'finance' | 'hq-staff' = 'finance') =>
  httpEvent({ method: 'POST', path: '/fund/donations', json: body, headers: { 'x-correlation-id': 'corr-1' }, claims: claimsOf(role) });

describe('POST /fund/donations', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('enqueues the donation on the fund queue as fund.donation-received, and answers 202', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), queue, new FakeDonationClaims())(post(donation({ donor: { name: 'Jo Smith' } })), lambdaContext());
    // Assess
    const [event] = queue.sent;
    expect(response).toStrictEqual({
      statusCode: 202,
      headers: { 'content-type': 'application/json', location: '/fund/donations/stripe-ch_1', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ donationId: 'stripe-ch_1', eventId: event?.id, status: 'queued' }),
    });
    expect(queue.sent).toStrictEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'fund.donation-received',
        version: 1,
        occurredAt: '2026-06-01T12:00:00.000Z',
        source: 'fund',
        correlationId: 'corr-1',
        data: { ...donation(), donor: { name: 'Jo Smith' } },
      },
    ]);
  });

  it('answers 200 with the donation as recorded when it was already levied, enqueuing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(fundWith(donation()), queue, new FakeDonationClaims())(post(donation()), lambdaContext());
    // Assess
    expect({ status: response.statusCode, levy: bodyOf(response)['levy'], sent: queue.sent.length }).toStrictEqual({
      status: 200,
      levy: { rate: { basisPoints: 300, effectiveFrom: '2026-01-01' }, exactPence: '1800.0000', movementId: 'levy-1' },
      sent: 0,
    });
  });

  it('fails with 409 for a donation id already received with another amount, enqueuing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(fundWith(donation()), queue, new FakeDonationClaims())(post(donation({ amountPence: 100 })), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response), sent: queue.sent.length }).toStrictEqual({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'donation stripe-ch_1 was already received with a different amount, date or source',
        instance: '/fund/donations',
        details: { donationId: 'stripe-ch_1' },
      },
      sent: 0,
    });
  });

  it('fails with 400 listing every problem of the body', async () => {
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), new FakeDonationQueue(), new FakeDonationClaims())(
      post({ donationId: '', amountPence: 12.5, receivedOn: '2026-13-01', source: 'gift' }),
      lambdaContext(),
    );
    // Assess
    expect({ status: response.statusCode, errors: bodyOf(response)['errors'] }).toStrictEqual({
      status: 400,
      errors: [
        { path: ['body', 'donationId'], message: 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit' },
        { path: ['body', 'amountPence'], message: 'Invalid input: expected int, received number' },
        { path: ['body', 'receivedOn'], message: 'Invalid ISO date' },
        { path: ['body', 'source'], message: 'Invalid option: expected one of "donation"|"membership"|"fundraising"|"affiliation"|"other"' },
      ],
    });
  });

  it('fails with 400 on a donation dated after tomorrow', async () => {
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), new FakeDonationQueue(), new FakeDonationClaims())(post(donation({ receivedOn: '2026-07-01' })), lambdaContext());
    // Assess
    expect({ status: response.statusCode, errors: bodyOf(response)['errors'] }).toStrictEqual({
      status: 400,
      errors: [{ path: ['body', 'receivedOn'], message: 'receivedOn 2026-07-01 is in the future; the latest date accepted now is 2026-06-02' }],
    });
  });

  it('refuses a donation dated in year 0000 before queueing it', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), queue, new FakeDonationClaims())(post(donation({ receivedOn: '0000-01-01' })), lambdaContext());
    // Assess
    expect({ status: response.statusCode, errors: bodyOf(response)['errors'], sent: queue.sent }).toStrictEqual({
      status: 400,
      errors: [{ path: ['body', 'receivedOn'], message: 'must be from 1900-01-01 to 2199-12-31' }],
      sent: [],
    });
  });

  it('refuses a lone surrogate in donationId before queueing it', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), queue, new FakeDonationClaims())(post(donation({ donationId: 'x\ud800y' })), lambdaContext());
    // Assess
    expect({ status: response.statusCode, errors: bodyOf(response)['errors'], sent: queue.sent }).toStrictEqual({
      status: 400,
      errors: [
        {
          path: ['body', 'donationId'],
          message: 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit',
        },
      ],
      sent: [],
    });
  });

  it('fails with 409 for a donation id another request has claimed with other facts, before it is levied, enqueuing nothing', async () => {
    // Prepare: the first request claimed the id and is still on the queue
    const queue = new FakeDonationQueue();
    const claims = new FakeDonationClaims();
    await recordDonationHandler(new InMemoryFundStore(), queue, claims)(post(donation()), lambdaContext());
    // Act
    const conflicting = await recordDonationHandler(new InMemoryFundStore(), queue, claims)(post(donation({ amountPence: 100 })), lambdaContext());
    const retried = await recordDonationHandler(new InMemoryFundStore(), queue, claims)(post(donation()), lambdaContext());
    // Assess
    expect({ conflicting: conflicting.statusCode, retried: retried.statusCode, queued: queue.sent.map((event) => event.data) }).toStrictEqual({
      conflicting: 409,
      retried: 202,
      queued: [donation(), donation()],
    });
  });

  it('fails with 403 for HQ staff, enqueuing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), queue, new FakeDonationClaims())(post(donation(), 'hq-staff'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, sent: queue.sent.length }).toStrictEqual({ status: 403, sent: 0 });
  });
});

const importCsv = (csv: string, contentType = 'text/csv') =>
  httpEvent({ method: 'POST', path: '/fund/donations/import', body: csv, headers: { 'content-type': contentType }, claims: claimsOf('finance') });

describe('POST /fund/donations/import', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('enqueues every good row, reports every bad one by line, and answers 202', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    const csv = ['donationId,amountPence,receivedOn,source', 'gc-1,2500,2026-05-31,membership', 'gc-2,25.00,2026-05-31,donation', 'gc-3,100,2026-05-30,affiliation'].join('\n');
    // Act
    const response = await importDonationsHandler(queue)(importCsv(csv), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 202,
      body: { enqueued: 2, rejected: [{ line: 3, errors: [{ field: 'amountPence', message: 'must be whole pence, digits only, e.g. 2500 for £25' }] }] },
    });
    expect(queue.sent.map((event) => [event.type, event.data])).toStrictEqual([
      ['fund.donation-received', { donationId: 'gc-1', amountPence: 2_500, receivedOn: '2026-05-31', source: 'membership' }],
      ['fund.donation-received', { donationId: 'gc-3', amountPence: 100, receivedOn: '2026-05-30', source: 'affiliation' }],
    ]);
  });

  it('reports a row the queue did not take, by line, so that the file can be sent again', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    queue.refuse = [1];
    const csv = ['donationId,amountPence,receivedOn,source', 'gc-1,2500,2026-05-31,membership', 'gc-2,100,2026-05-30,other'].join('\n');
    // Act
    const response = await importDonationsHandler(queue)(importCsv(csv), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      enqueued: 1,
      rejected: [{ line: 3, errors: [{ field: '(row)', message: 'the queue did not take this donation; import the file again' }] }],
    });
  });

  it('fails with 400 listing every problem when no row can be imported, enqueuing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    const csv = ['donationId,amountPence,receivedOn,source', 'gc-1,-1,2026-05-31,membership', 'gc-2,100,2026-05-31,gift'].join('\n');
    // Act
    const response = await importDonationsHandler(queue)(importCsv(csv), lambdaContext());
    // Assess
    expect({ status: response.statusCode, errors: bodyOf(response)['errors'], sent: queue.sent.length }).toStrictEqual({
      status: 400,
      errors: [
        { path: ['body', 'line 2', 'amountPence'], message: 'must be whole pence, digits only, e.g. 2500 for £25' },
        { path: ['body', 'line 3', 'source'], message: 'Invalid option: expected one of "donation"|"membership"|"fundraising"|"affiliation"|"other"' },
      ],
      sent: 0,
    });
  });

  it('fails with 415 on a body that is neither CSV nor JSON', async () => {
    // Act
    const response = await importDonationsHandler(new FakeDonationQueue())(importCsv('donationId', 'text/plain'), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(415);
  });

  it('fails with 415 on a JSON body, naming text/csv', async () => {
    // Act
    const response = await importDonationsHandler(new FakeDonationQueue())(importCsv('{"donationId":"d-1"}', 'application/json'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: bodyOf(response)['detail'] }).toStrictEqual({
      status: 415,
      detail: 'the body must be sent as text/csv, not application/json',
    });
  });
});

describe('GET /fund/donations/{donationId}', () => {
  const get = (donationId: string) =>
    httpEvent({ path: `/fund/donations/${donationId}`, routePath: '/fund/donations/{donationId}', pathParameters: { donationId }, claims: claimsOf('finance') });

  it('answers with the donation, its levy and its refunds, flagged for a permissibility check over £500', async () => {
    // Act
    const response = await getDonationHandler(fundWith(donation({ donor: { email: 'jo@example.org' } })))(get('stripe-ch_1'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 200,
      body: {
        donationId: 'stripe-ch_1',
        amountPence: 60_000,
        receivedOn: '2026-05-31',
        source: 'donation',
        donor: { email: 'jo@example.org' },
        recordedAt: '2026-06-01T12:00:00.000Z',
        permissibilityCheck: 'required',
        levy: { rate: { basisPoints: 300, effectiveFrom: '2026-01-01' }, exactPence: '1800.0000', movementId: 'levy-1' },
        refundedPence: 0,
        refundablePence: 60_000,
        levyReversedExactPence: '0.0000',
        netLevyExactPence: '1800.0000',
        refunds: [],
      },
    });
  });

  it('fails with 404 for a donation not (yet) levied', async () => {
    // Act
    const response = await getDonationHandler(new InMemoryFundStore())(get('stripe-ch_9'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: bodyOf(response)['detail'] }).toStrictEqual({
      status: 404,
      detail: 'there is no donation stripe-ch_9; it may still be on its way through the queue',
    });
  });
});
