import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import { applyDelta, totalsDelta } from '../src/domain/fund-totals.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import { getBalanceHandler } from '../src/handlers/get-balance.ts';
import { getLedgerHandler } from '../src/handlers/get-ledger.ts';
import { getReconciliationHandler } from '../src/handlers/get-reconciliation.ts';
import { getStatementHandler } from '../src/handlers/get-statement.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const RATES: LevyRate[] = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];

/** A fund that has levied `count` donations of £10, £20, … at 3%, spread over March to May. */
const fundWithDonations = (count = 3) => {
  const funds = new InMemoryFundStore();
  funds.state = { ...funds.state, rates: RATES, rateVersion: 1 };
  for (let index = 0; index < count; index++) {
    const receivedOn = `2026-0${3 + (index % 3)}-1${index % 10}`;
    const { donation, levy } = receiveDonation(
      { donationId: `d-${index}`, amountPence: 1_000 * (index + 1), receivedOn, source: 'donation' },
      { rates: RATES, eventId: `e-${index}`, movementId: `m-${index}`, now: NOW },
    );
    funds.donations.set(donation.donationId, donation);
    funds.movements.push(levy);
    funds.state = { ...funds.state, totals: applyDelta(funds.state.totals, totalsDelta(levy)) };
  }
  return funds;
};

const get = (path: string, query?: Record<string, string>) =>
  httpEvent({ path, ...(query === undefined ? {} : { queryStringParameters: query }), claims: claimsOf('finance') });

describe('GET /fund/balance', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers with the totals in whole pence, the exact figures beside them, and the rate in force', async () => {
    // Act
    const response = await getBalanceHandler(fundWithDonations())(get('/fund/balance'), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      raisedPence: 6_000,
      refundedPence: 0,
      leviedPence: 180,
      committedPence: 0,
      disbursedPence: 0,
      availablePence: 180,
      exact: { leviedPence: '180.0000', availablePence: '180.0000' },
      levyRate: { basisPoints: 300, effectiveFrom: '2026-01-01' },
      unleviedPence: 0,
      donationCount: 3,
      refundCount: 0,
    });
  });

  it('fails with 403 for HQ staff', async () => {
    // Act
    const response = await getBalanceHandler(fundWithDonations())(httpEvent({ path: '/fund/balance', claims: claimsOf('hq-staff') }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /fund/ledger', () => {
  it('pages through the movements of the range in date order, each with its pair of entries', async () => {
    // Prepare
    const handler = getLedgerHandler(fundWithDonations(6));
    // Act
    const first = bodyOf(await handler(get('/fund/ledger', { from: '2026-03-01', to: '2026-04-30', limit: '3' }), lambdaContext()));
    const second = bodyOf(await handler(get('/fund/ledger', { from: '2026-03-01', to: '2026-04-30', limit: '3', cursor: String(first['nextCursor']) }), lambdaContext()));
    // Assess
    const summary = (page: Record<string, unknown>) => (page['movements'] as { donationId: string; effectiveOn: string }[]).map((moved) => `${moved.effectiveOn} ${moved.donationId}`);
    expect([summary(first), summary(second), second['nextCursor']]).toStrictEqual([['2026-03-10 d-0', '2026-03-13 d-3', '2026-04-11 d-1'], ['2026-04-14 d-4'], undefined]);
    expect((first['movements'] as unknown[])[0]).toStrictEqual({
      movementId: 'm-0',
      kind: 'levy',
      effectiveOn: '2026-03-10',
      postedAt: '2026-06-01T12:00:00.000Z',
      amountPence: 1_000,
      basisPoints: 300,
      donationId: 'd-0',
      permissibilityCheck: 'not-required',
      entries: [
        { account: 'income', exactPence: '-30.0000' },
        { account: 'fund', exactPence: '30.0000' },
      ],
    });
  });

  it('fails with 400 listing every problem of the query', async () => {
    // Act
    const response = await getLedgerHandler(new InMemoryFundStore())(get('/fund/ledger', { from: '2026-05-01', to: '2026-04-01', limit: '0' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['query', 'limit'], message: 'Too small: expected number to be >=1' },
      { path: ['query', 'to'], message: 'from must be on or before to' },
    ]);
  });

  it('fails with 400 on a range of more than ten years', async () => {
    // Act
    const response = await getLedgerHandler(new InMemoryFundStore())(get('/fund/ledger', { from: '2016-05-01', to: '2026-05-01' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['query', 'to'], message: 'the range may span at most 120 months' }]);
  });
});

describe('GET /fund/statement.csv', () => {
  it('answers with the movements of the range as a CSV download', async () => {
    // Act
    const response = await getStatementHandler(fundWithDonations())(get('/fund/statement.csv', { from: '2026-04-01', to: '2026-04-30' }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="fund-statement-2026-04-01-to-2026-04-30.csv"',
        'x-correlation-id': expect.any(String),
      },
      body: [
        'effective_on,posted_at,movement_id,kind,donation_id,refund_id,application_id,disbursement_id,amount_pence,basis_points,permissibility_check,income_pence,fund_pence,committed_pence,disbursed_pence',
        '2026-04-11,2026-06-01T12:00:00.000Z,m-1,levy,d-1,,,,2000,300,not-required,-60.0000,60.0000,,',
        '',
      ].join('\r\n'),
    });
  });

  it('fails with 400 without a range', async () => {
    // Act
    const response = await getStatementHandler(new InMemoryFundStore())(get('/fund/statement.csv'), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['query', 'from'], message: 'Invalid input: expected string, received undefined' },
      { path: ['query', 'to'], message: 'Invalid input: expected string, received undefined' },
    ]);
  });
});

describe('GET /fund/reconciliation', () => {
  it('finds the running totals equal to what the entries say', async () => {
    // Act
    const response = await getReconciliationHandler(fundWithDonations())(get('/fund/reconciliation'), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      checkedAt: expect.any(String),
      settled: true,
      balanced: true,
      movementCount: 3,
      unbalancedMovementIds: [],
      entriesSum: 0,
      differences: [],
    });
  });

  it('reports a running total that has drifted from the entries', async () => {
    // Prepare
    const funds = fundWithDonations();
    funds.state = { ...funds.state, totals: { ...funds.state.totals, leviedUnits: funds.state.totals.leviedUnits + 1 } };
    // Act
    const body = bodyOf(await getReconciliationHandler(funds)(get('/fund/reconciliation'), lambdaContext()));
    // Assess
    expect({ balanced: body['balanced'], differences: body['differences'] }).toStrictEqual({
      balanced: false,
      differences: [
        { total: 'leviedUnits', recorded: 1_800_001, recomputed: 1_800_000 },
        { total: 'income-account', recorded: 1_800_001, recomputed: 1_800_000 },
      ],
    });
  });
});
