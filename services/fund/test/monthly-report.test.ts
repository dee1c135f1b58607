import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import { applyDelta, totalsDelta } from '../src/domain/fund-totals.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import { movement } from '../src/domain/ledger.ts';
import type { Movement } from '../src/domain/ledger.ts';
import { unitsOfPence } from '../src/domain/money.ts';
import { getBalanceHandler } from '../src/handlers/get-balance.ts';
import { getMonthlyReportHandler } from '../src/handlers/get-monthly-report.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-10T12:00:00.000Z');
const RATES: LevyRate[] = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];

const post = (funds: InMemoryFundStore, moved: Movement) => {
  funds.movements.push(moved);
  funds.state = { ...funds.state, totals: applyDelta(funds.state.totals, totalsDelta(moved)) };
};

/** £100 levied in February (before the range), £200 in April, a grant of £5 approved in April, £2 of it paid in May, and £1.50 levied tomorrow. */
const aFund = () => {
  const funds = new InMemoryFundStore();
  funds.state = { ...funds.state, rates: RATES, rateVersion: 1 };
  for (const [index, [amountPence, receivedOn]] of ([[10_000, '2026-02-14'], [20_000, '2026-04-02'], [5_000, '2026-06-11']] as const).entries()) {
    const { donation, levy } = receiveDonation({ donationId: `d-${index}`, amountPence, receivedOn, source: 'donation' }, { rates: RATES, eventId: `e-${index}`, movementId: `m-${index}`, now: NOW });
    funds.donations.set(donation.donationId, donation);
    post(funds, levy);
  }
  post(funds, movement('commitment', unitsOfPence(500), { movementId: 'c-1', effectiveOn: '2026-04-20', postedAt: '2026-04-20T10:00:00.000Z', amountPence: 500, applicationId: 'a-1' }));
  post(funds, movement('disbursement', unitsOfPence(200), { movementId: 'p-1', effectiveOn: '2026-05-03', postedAt: '2026-05-03T10:00:00.000Z', amountPence: 200, applicationId: 'a-1' }));
  return funds;
};

const get = (query: Record<string, string>, role: 'finance' | 'hq-staff' = 'finance') => httpEvent({ path: '/fund/reports/monthly', queryStringParameters: query, claims: claimsOf(role) });

describe('GET /fund/reports/monthly', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers each month with what was levied, granted and paid, and the balance at its end, ending on the balance today', async () => {
    // Prepare
    const funds = aFund();
    // Act
    const response = await getMonthlyReportHandler(funds)(get({ from: '2026-03', to: '2026-06' }), lambdaContext());
    const balance = bodyOf(await getBalanceHandler(funds)(httpEvent({ path: '/fund/balance', claims: claimsOf('finance') }), lambdaContext()));
    // Assess
    expect(response.statusCode).toBe(200);
    expect(bodyOf(response)).toStrictEqual({
      from: '2026-03',
      to: '2026-06',
      openingAvailablePence: 300,
      months: [
        { month: '2026-03', leviedPence: 0, grantedPence: 0, disbursedPence: 0, availablePence: 300 },
        { month: '2026-04', leviedPence: 600, grantedPence: 500, disbursedPence: 0, availablePence: 400 },
        { month: '2026-05', leviedPence: 0, grantedPence: 0, disbursedPence: 200, availablePence: 400 },
        { month: '2026-06', leviedPence: 150, grantedPence: 0, disbursedPence: 0, availablePence: 550 },
      ],
    });
    expect(balance['availablePence']).toBe(550);
  });

  it('works the balances back through the months after a range that ends before today', async () => {
    // Act
    const response = await getMonthlyReportHandler(aFund())(get({ from: '2026-04', to: '2026-04' }), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      from: '2026-04',
      to: '2026-04',
      openingAvailablePence: 300,
      months: [{ month: '2026-04', leviedPence: 600, grantedPence: 500, disbursedPence: 0, availablePence: 400 }],
    });
  });

  it('fails with 403 for HQ staff', async () => {
    const response = await getMonthlyReportHandler(aFund())(get({ from: '2026-03', to: '2026-06' }, 'hq-staff'), lambdaContext());
    expect(response.statusCode).toBe(403);
  });

  it('fails with 400 on a range backwards, and on a month that is not YYYY-MM', async () => {
    // Act
    const backwards = await getMonthlyReportHandler(aFund())(get({ from: '2026-06', to: '2026-03' }), lambdaContext());
    const malformed = await getMonthlyReportHandler(aFund())(get({ from: '2026-3', to: '2026-06' }), lambdaContext());
    // Assess
    expect([backwards.statusCode, bodyOf(backwards)['errors']]).toStrictEqual([400, [{ path: ['query', 'from'], message: 'from must be the same month as to or earlier' }]]);
    expect([malformed.statusCode, bodyOf(malformed)['errors']]).toStrictEqual([400, [{ path: ['query', 'from'], message: 'a month as YYYY-MM, like 2027-04' }]]);
  });

  it('fails with 400 on more than 120 months, and on a start more than 120 months ago', async () => {
    // Act
    const long = await getMonthlyReportHandler(aFund())(get({ from: '2026-01', to: '2036-01' }), lambdaContext());
    const early = await getMonthlyReportHandler(aFund())(get({ from: '2016-06', to: '2016-12' }), lambdaContext());
    // Assess
    expect(bodyOf(long)['errors']).toStrictEqual([{ path: ['query', 'to'], message: 'the range may span at most 120 months' }]);
    expect(bodyOf(early)['errors']).toStrictEqual([{ path: ['query', 'from'], message: 'from may be at most 120 months before this month' }]);
  });

  it('fails with 400 without a range', async () => {
    const response = await getMonthlyReportHandler(aFund())(get({}), lambdaContext());
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['query', 'from'], message: expect.any(String) },
      { path: ['query', 'to'], message: expect.any(String) },
    ]);
  });
});
