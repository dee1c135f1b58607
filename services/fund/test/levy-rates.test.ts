import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { listLevyRatesHandler } from '../src/handlers/list-levy-rates.ts';
import { setLevyRateHandler } from '../src/handlers/set-levy-rate.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const put = (body: unknown) => httpEvent({ method: 'PUT', path: '/fund/levy-rates', json: body, claims: claimsOf('finance', 'fin-1') });
const setAt = '2026-06-01T12:00:00.000Z';

describe('PUT /fund/levy-rates', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('adds the first rate, answering 201 with it and the history', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    // Act
    const response = await setLevyRateHandler(funds)(put({ basisPoints: 300, effectiveFrom: '2026-06-02' }), lambdaContext());
    // Assess
    const rate = { basisPoints: 300, effectiveFrom: '2026-06-02', setBy: 'fin-1', setAt };
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({ status: 201, body: { rate, rates: [rate] } });
    expect({ rates: funds.state.rates, version: funds.state.rateVersion }).toStrictEqual({ rates: [rate], version: 1 });
  });

  it('keeps every rate set, in date order', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    const handler = setLevyRateHandler(funds);
    await handler(put({ basisPoints: 300, effectiveFrom: '2026-09-01' }), lambdaContext());
    // Act
    const response = await handler(put({ basisPoints: 250, effectiveFrom: '2026-07-01' }), lambdaContext());
    // Assess
    expect((bodyOf(response)['rates'] as { effectiveFrom: string }[]).map((rate) => rate.effectiveFrom)).toStrictEqual(['2026-07-01', '2026-09-01']);
  });

  it('answers 200 and changes nothing when the same rate is set again for its date', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    const handler = setLevyRateHandler(funds);
    await handler(put({ basisPoints: 300, effectiveFrom: '2026-07-01' }), lambdaContext());
    // Act
    const response = await handler(put({ basisPoints: 300, effectiveFrom: '2026-07-01' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, version: funds.state.rateVersion }).toStrictEqual({ status: 200, version: 1 });
  });

  it('fails with 409 on another rate for a date that has one', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    const handler = setLevyRateHandler(funds);
    await handler(put({ basisPoints: 300, effectiveFrom: '2026-07-01' }), lambdaContext());
    // Act
    const response = await handler(put({ basisPoints: 350, effectiveFrom: '2026-07-01' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, details: bodyOf(response)['details'] }).toStrictEqual({
      status: 409,
      details: { effectiveFrom: '2026-07-01', basisPoints: 300 },
    });
  });

  it('fails with 409 on a rate reaching back over a donation already levied', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    funds.state = { ...funds.state, latestReceivedOn: '2026-05-31' };
    // Act
    const response = await setLevyRateHandler(funds)(put({ basisPoints: 300, effectiveFrom: '2026-05-31' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, details: bodyOf(response)['details'], rates: funds.state.rates }).toStrictEqual({
      status: 409,
      details: { effectiveFrom: '2026-05-31', latestReceivedOn: '2026-05-31' },
      rates: [],
    });
  });

  it('fails with 409 when a donation of that date is levied between its read and its write', async () => {
    // Prepare
    const funds = new InMemoryFundStore();
    funds.beforeNextWrite = () => {
      funds.state = { ...funds.state, latestReceivedOn: '2026-06-02' };
    };
    // Act
    const response = await setLevyRateHandler(funds)(put({ basisPoints: 300, effectiveFrom: '2026-06-02' }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, rates: funds.state.rates }).toStrictEqual({ status: 409, rates: [] });
  });

  it('fails with 400 listing every problem of the body', async () => {
    // Act
    const response = await setLevyRateHandler(new InMemoryFundStore())(put({ basisPoints: 10_001, effectiveFrom: '1 July' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'basisPoints'], message: 'Too big: expected number to be <=10000' },
      { path: ['body', 'effectiveFrom'], message: 'Invalid ISO date' },
    ]);
  });
});

describe('GET /fund/levy-rates', () => {
  it('answers with the history and the rate in force today', async () => {
    // Prepare
    jest.useFakeTimers({ now: NOW });
    const funds = new InMemoryFundStore();
    const rates = [
      { basisPoints: 300, effectiveFrom: '2026-07-01', setBy: 'fin-1', setAt },
      { basisPoints: 200, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt },
    ];
    funds.state = { ...funds.state, rates, rateVersion: 2 };
    // Act
    const response = await listLevyRatesHandler(funds)(httpEvent({ path: '/fund/levy-rates', claims: claimsOf('finance') }), lambdaContext());
    jest.useRealTimers();
    // Assess
    expect(bodyOf(response)).toStrictEqual({ rates: [rates[1], rates[0]], inForce: rates[1] });
  });
});
