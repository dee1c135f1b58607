import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import { recordDonationHandler } from '../src/handlers/record-donation.ts';
import { refundDonationHandler } from '../src/handlers/refund-donation.ts';
import { setLevyRateHandler } from '../src/handlers/set-levy-rate.ts';
import { claimsOf, FakeDonationClaims, FakeDonationQueue } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

// Issue #11 defect 12: these three routes took and silently dropped fields they do not know, where every
// other route refuses them; a misspelt `refundedOn` was a refund dated today.

const NOW = new Date('2026-06-01T12:00:00.000Z');

const request = (method: string, path: string, json: unknown, pathParameters?: Record<string, string>) =>
  httpEvent({
    method,
    path,
    json,
    headers: { 'x-correlation-id': 'corr-1' },
    claims: claimsOf('finance', 'fin-7'),
    ...(pathParameters === undefined ? {} : { pathParameters }),
  });

const refused = (path: string, issues: { path: (string | number)[]; message: string }[]) => ({
  statusCode: 400,
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
  body: JSON.stringify({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: `the request body is invalid: ${issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    instance: path,
    errors: issues,
  }),
});

describe('fund bodies refuse unknown fields', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('fails with 400 on a donation with an unknown field, or an unknown donor field, enqueuing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    const body = { donationId: 'd-1', amountPence: 500, receivedOn: '2026-05-31', source: 'donation', giftAid: true, donor: { name: 'Jo', phone: '0' } };
    // Act
    const response = await recordDonationHandler(new InMemoryFundStore(), queue, new FakeDonationClaims())(
      request('POST', '/fund/donations', body),
      lambdaContext(),
    );
    // Assess
    expect({ response, sent: queue.sent.length }).toStrictEqual({
      response: refused('/fund/donations', [
        { path: ['body', 'donor'], message: 'Unrecognized key: "phone"' },
        { path: ['body'], message: 'Unrecognized key: "giftAid"' },
      ]),
      sent: 0,
    });
  });

  it('fails with 400 on a refund with an unknown field, recording nothing', async () => {
    // Prepare: a donation of £25 to refund, and a misspelt refund date
    const funds = new InMemoryFundStore();
    const rates = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];
    const { donation } = receiveDonation(
      { donationId: 'd-1', amountPence: 2_500, receivedOn: '2026-05-01', source: 'donation' },
      { rates, eventId: 'event-1', movementId: 'levy-1', now: NOW },
    );
    funds.donations.set('d-1', donation);
    // Act
    const response = await refundDonationHandler(funds)(
      request('POST', '/fund/donations/d-1/refunds', { amountPence: 100, refundDate: '2026-05-20' }, { donationId: 'd-1' }),
      lambdaContext(),
    );
    // Assess
    expect({ response, refunds: funds.refunds.get('d-1') ?? [], refundedPence: funds.donations.get('d-1')?.refundedPence }).toStrictEqual({
      response: refused('/fund/donations/d-1/refunds', [{ path: ['body'], message: 'Unrecognized key: "refundDate"' }]),
      refunds: [],
      refundedPence: 0,
    });
  });

  it('fails with 400 on a levy rate with an unknown field, adding no rate', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    // Act
    const response = await setLevyRateHandler(funds)(
      request('PUT', '/fund/levy-rates', { basisPoints: 300, effectiveFrom: '2026-06-02', effectiveTo: '2027-01-01' }),
      lambdaContext(),
    );
    // Assess
    expect({ response, rates: funds.state.rates }).toStrictEqual({
      response: refused('/fund/levy-rates', [{ path: ['body'], message: 'Unrecognized key: "effectiveTo"' }]),
      rates: [],
    });
  });
});
