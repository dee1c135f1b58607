import { describe, expect, it } from '@jest/globals';
import { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from '@platform/kit';
import { RateAlreadySetError, RateBackdatedError, RateLimitError } from './errors.ts';
import { totalNames } from './fund-totals.ts';
import type { LevyRate } from './levy-rate.ts';
import { addRate, inDateOrder, MAX_LEVY_RATES, rateInForce } from './levy-rate.ts';

const rate = (effectiveFrom: string, basisPoints: number): LevyRate => ({
  basisPoints,
  effectiveFrom,
  setBy: 'fin-1',
  setAt: '2026-01-01T09:00:00.000Z',
});

const RATES = [rate('2026-04-06', 250), rate('2025-01-01', 200)];

describe('rateInForce', () => {
  it.each([
    ['before the first rate', '2024-12-31', undefined],
    ['on the day the first rate starts', '2025-01-01', 200],
    ['the day before a new rate', '2026-04-05', 200],
    ['on the day the new rate starts', '2026-04-06', 250],
    ['long after', '2030-01-01', 250],
  ])('takes the rate in force %s', (_when, on, basisPoints) => {
    expect(rateInForce(RATES, on)?.basisPoints).toBe(basisPoints);
  });

  it('finds no rate when none was ever set', () => {
    expect(rateInForce([], '2026-01-01')).toBeUndefined();
  });
});

describe('inDateOrder', () => {
  it('puts the rates earliest first', () => {
    expect(inDateOrder(RATES)).toStrictEqual([rate('2025-01-01', 200), rate('2026-04-06', 250)]);
  });
});

describe('addRate', () => {
  it('adds a rate starting after the latest donation levied', () => {
    expect(addRate(RATES, rate('2026-06-01', 300), { latestReceivedOn: '2026-05-31' })).toStrictEqual({
      outcome: 'added',
      rate: rate('2026-06-01', 300),
    });
  });

  it('adds the first rate to a fund that has levied nothing', () => {
    expect(addRate([], rate('2020-01-01', 300), { latestReceivedOn: undefined })).toStrictEqual({ outcome: 'added', rate: rate('2020-01-01', 300) });
  });

  it('adds a rate between two others when no donation was levied after it', () => {
    expect(addRate(RATES, rate('2025-06-01', 220), { latestReceivedOn: '2025-05-31' }).outcome).toBe('added');
  });

  it('leaves the history as it is when the same rate is set again for the same date', () => {
    expect(addRate(RATES, { ...rate('2026-04-06', 250), setBy: 'fin-2' }, { latestReceivedOn: '2026-05-31' })).toStrictEqual({
      outcome: 'unchanged',
      rate: rate('2026-04-06', 250),
    });
  });

  it('fails to replace the rate of a date that has one', () => {
    const act = () => addRate(RATES, rate('2026-04-06', 300), { latestReceivedOn: undefined });
    expect(act).toThrow(RateAlreadySetError);
    expect(act).toThrow('a rate of 250 basis points already starts on 2026-04-06; rates are never edited, add one from another date');
  });

  it.each([
    ['on', '2026-05-31'],
    ['before', '2026-05-01'],
  ])('fails to start a rate %s the latest date already levied', (_when, effectiveFrom) => {
    const act = () => addRate(RATES, rate(effectiveFrom, 300), { latestReceivedOn: '2026-05-31' });
    expect(act).toThrow(RateBackdatedError);
    expect(act).toThrow(
      `a rate cannot start on ${effectiveFrom}: donations received as late as 2026-05-31 are already levied, so a new rate must start after 2026-05-31`,
    );
  });
});

describe('the rate history', () => {
  const years = (count: number) => Array.from({ length: count }, (_, index) => rate(`${2000 + index}-04-06`, 250));

  it("fails to add the fund's 101st rate, saying the limit", () => {
    // Prepare
    const rates = years(MAX_LEVY_RATES);
    // Act
    const act = () => addRate(rates, rate('2100-04-06', 300), { latestReceivedOn: undefined });
    // Assess
    expect(act).toThrow(new RateLimitError(100));
    expect(act).toThrow('the fund already has 100 levy rates, the most it keeps; no more can be added');
  });

  it('adds the 100th rate', () => {
    expect(addRate(years(MAX_LEVY_RATES - 1), rate('2100-04-06', 300), { latestReceivedOn: undefined }).outcome).toBe('added');
  });

  it("keeps the fund's state item small at the most rates, with the longest setBy ids", () => {
    // Prepare: the fund item as the store keeps it, every total at its largest
    const rates = years(MAX_LEVY_RATES).map((kept) => ({ ...kept, setBy: 'f'.repeat(128) }));
    const totals = Object.fromEntries(totalNames.map((name) => [name, Number.MAX_SAFE_INTEGER]));
    // Act
    const size = itemSizeBytes({ pk: 'FUND', sk: 'FUND', ...totals, rates, rateVersion: MAX_LEVY_RATES, latestReceivedOn: '2199-12-31' });
    // Assess
    expect(size).toBeLessThan(DYNAMODB_MAX_ITEM_BYTES / 16);
  });
});
