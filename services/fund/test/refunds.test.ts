import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import { afterRefund, refundDonation } from '../src/domain/refund.ts';
import { refundDonationHandler } from '../src/handlers/refund-donation.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');

/** A fund holding one donation of £25, levied at 3% (75p). */
const fundWithDonation = () => {
  const funds = new InMemoryFundStore();
  const rates = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];
  const { donation } = receiveDonation(
    { donationId: 'd-1', amountPence: 2_500, receivedOn: '2026-05-01', source: 'donation' },
    { rates, eventId: 'event-1', movementId: 'levy-1', now: NOW },
  );
  funds.donations.set('d-1', donation);
  return funds;
};

const refund = (body: unknown, donationId = 'd-1') =>
  httpEvent({
    method: 'POST',
    path: `/fund/donations/${donationId}/refunds`,
    routePath: '/fund/donations/{donationId}/refunds',
    pathParameters: { donationId },
    json: body,
    headers: { 'x-correlation-id': 'corr-1' },
    claims: claimsOf('finance', 'fin-7'),
  });

describe('POST /fund/donations/{donationId}/refunds', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('records the refund, reverses exactly the levy on the refunded part, publishes fund.donation-refunded, and answers 201', async () => {
    // Prepare
    const funds = fundWithDonation();
    // Act
    const response = await refundDonationHandler(funds)(refund({ amountPence: 550, refundedOn: '2026-05-20', refundId: 'r-1' }), lambdaContext());
    // Assess
    const body = bodyOf(response);
    expect({ status: response.statusCode, location: response.headers?.['location'], body }).toStrictEqual({
      status: 201,
      location: '/fund/donations/d-1',
      body: {
        refundId: 'r-1',
        amountPence: 550,
        refundedOn: '2026-05-20',
        levyReversedExactPence: '16.5000',
        movementId: body['movementId'],
        recordedAt: '2026-06-01T12:00:00.000Z',
        recordedBy: 'fin-7',
        refundablePence: 1_950,
      },
    });
    expect(funds.movements.map(({ kind, entries, effectiveOn }) => ({ kind, entries, effectiveOn }))).toStrictEqual([
      { kind: 'levy-reversal', effectiveOn: '2026-05-20', entries: [{ account: 'fund', units: -165_000 }, { account: 'income', units: 165_000 }] },
    ]);
    expect(funds.outbox).toStrictEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'fund.donation-refunded',
        version: 1,
        occurredAt: '2026-06-01T12:00:00.000Z',
        source: 'fund',
        correlationId: 'corr-1',
        data: { donationId: 'd-1', refundId: 'r-1', amountPence: 550, levyReversedPence: 16, levyReversedExactPence: '16.5000', refundedOn: '2026-05-20' },
      },
    ]);
    expect(funds.donations.get('d-1')).toMatchObject({ refundedPence: 550, levyReversedUnits: 165_000 });
  });

  it('dates the refund today when no date is given', async () => {
    // Act
    const response = await refundDonationHandler(fundWithDonation())(refund({ amountPence: 100 }), lambdaContext());
    // Assess
    expect(bodyOf(response)['refundedOn']).toBe('2026-06-01');
  });

  it('answers 200 with the refund as recorded when the same refund id is sent again, recording nothing more', async () => {
    // Prepare
    const funds = fundWithDonation();
    const handler = refundDonationHandler(funds);
    await handler(refund({ amountPence: 550, refundedOn: '2026-05-20', refundId: 'r-1' }), lambdaContext());
    // Act
    const response = await handler(refund({ amountPence: 550, refundedOn: '2026-05-20', refundId: 'r-1' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, refundable: bodyOf(response)['refundablePence'], movements: funds.movements.length }).toStrictEqual({
      status: 200,
      refundable: 1_950,
      movements: 1,
    });
  });

  it('fails with 409 when a refund id is sent again with another amount', async () => {
    // Prepare
    const funds = fundWithDonation();
    const handler = refundDonationHandler(funds);
    await handler(refund({ amountPence: 550, refundId: 'r-1' }), lambdaContext());
    // Act
    const response = await handler(refund({ amountPence: 551, refundId: 'r-1' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response)['details'] }).toStrictEqual({ status: 409, body: { donationId: 'd-1', refundId: 'r-1' } });
  });

  it('fails with 409 on a refund beyond what is left of the donation, recording nothing', async () => {
    // Prepare
    const funds = fundWithDonation();
    await refundDonationHandler(funds)(refund({ amountPence: 2_000 }), lambdaContext());
    // Act
    const response = await refundDonationHandler(funds)(refund({ amountPence: 501 }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: bodyOf(response)['detail'], details: bodyOf(response)['details'], movements: funds.movements.length }).toStrictEqual({
      status: 409,
      detail: 'a refund of 501p exceeds the 500p of donation d-1 not yet refunded',
      details: { donationId: 'd-1', refundablePence: 500 },
      movements: 1,
    });
  });

  it('re-checks against a refund recorded concurrently, and refuses what would together exceed the donation', async () => {
    // Prepare: another refund of £20 lands between this request's read and its write
    const funds = fundWithDonation();
    funds.beforeNextWrite = () => {
      const stored = funds.donations.get('d-1');
      if (stored === undefined) throw new Error('the donation is missing');
      const { refund: other, reversal } = refundDonation(stored, { refundId: 'other', amountPence: 2_000, refundedOn: '2026-05-20' }, { movementId: 'rev-other', now: NOW, by: 'fin-2' });
      funds.donations.set('d-1', afterRefund(stored, other));
      funds.refunds.set('d-1', [other]);
      funds.movements.push(reversal);
    };
    // Act
    const response = await refundDonationHandler(funds)(refund({ amountPence: 1_000 }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: bodyOf(response)['detail'], refunded: funds.donations.get('d-1')?.refundedPence }).toStrictEqual({
      status: 409,
      detail: 'a refund of 1000p exceeds the 500p of donation d-1 not yet refunded',
      refunded: 2_000,
    });
  });

  it('fails with 404 for a donation not levied', async () => {
    // Act
    const response = await refundDonationHandler(fundWithDonation())(refund({ amountPence: 100 }, 'd-9'), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(404);
  });

  it('fails with 422 on a refund dated before the donation', async () => {
    // Act
    const response = await refundDonationHandler(fundWithDonation())(refund({ amountPence: 100, refundedOn: '2026-04-01' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: bodyOf(response)['detail'] }).toStrictEqual({
      status: 422,
      detail: 'a refund dated 2026-04-01 is earlier than the donation it refunds, received on 2026-05-01',
    });
  });

  it('fails with 400 listing every problem of the body', async () => {
    // Act
    const response = await refundDonationHandler(fundWithDonation())(refund({ amountPence: 0, refundedOn: 'yesterday', refundId: 'has space' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'amountPence'], message: 'Too small: expected number to be >0' },
      { path: ['body', 'refundedOn'], message: 'Invalid ISO date' },
      { path: ['body', 'refundId'], message: 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit' },
    ]);
  });

  it('fails with 403 for a candidate', async () => {
    // Act
    const response = await refundDonationHandler(fundWithDonation())(
      httpEvent({ method: 'POST', path: '/fund/donations/d-1/refunds', pathParameters: { donationId: 'd-1' }, json: { amountPence: 100 }, claims: claimsOf('candidate') }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(403);
  });
});
