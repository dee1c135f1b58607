import { describe, expect, it } from '@jest/globals';
import { levyRateRefusal } from './levy-rate-refusal.ts';

describe('levyRateRefusal', () => {
  it('explains a date on or before a levied donation, naming the first day that would do', () => {
    expect(levyRateRefusal({ effectiveFrom: '2026-11-30', latestReceivedOn: '2026-12-01' }, 'api words')).toBe(
      'The rate cannot start on 30 November 2026: donations received as late as 1 December 2026 have been levied already. Enter a date after 1 December 2026.',
    );
  });

  it('explains a date that has a rate already', () => {
    expect(levyRateRefusal({ effectiveFrom: '2020-01-01', basisPoints: 300 }, 'api words')).toBe(
      'A rate of 3% already starts on 1 January 2020, and rates cannot be changed. Enter another date.',
    );
  });

  it('explains the most rates the fund keeps', () => {
    expect(levyRateRefusal({ maxRates: 100 }, 'api words')).toBe('The fund already has 100 levy rates, the most it keeps, so no more can be added.');
  });

  it("falls back to the API's own words for a refusal it does not know", () => {
    expect(levyRateRefusal({}, 'api words')).toBe('api words');
  });
});
