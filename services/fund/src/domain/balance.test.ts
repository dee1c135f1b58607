import { describe, expect, it } from '@jest/globals';
import { fundBalance } from './balance.ts';
import { emptyTotals } from './fund-totals.ts';

describe('fundBalance', () => {
  it('says that no levy applies before any rate is set', () => {
    expect(fundBalance({ ...emptyTotals(), donationCount: 1, raisedPence: 2_500, unleviedPence: 2_500 }, [], '2026-06-01')).toStrictEqual({
      raisedPence: 2_500,
      refundedPence: 0,
      leviedPence: 0,
      committedPence: 0,
      disbursedPence: 0,
      availablePence: 0,
      exact: { leviedPence: '0.0000', availablePence: '0.0000' },
      levyRate: null,
      unleviedPence: 2_500,
      donationCount: 1,
      refundCount: 0,
      notice: 'No levy rate has been set, so no levy applies: donations are recorded but not levied until finance sets a rate.',
    });
  });

  it('rounds the levied and available totals down to whole pence, and gives them exactly beside', () => {
    // Prepare: 3% of £25.16 raised, £2.00 of it refunded: 69.48p levied net; £0.50 committed, £0.10 paid
    const totals = {
      ...emptyTotals(),
      donationCount: 2,
      raisedPence: 2_516,
      refundCount: 1,
      refundedPence: 200,
      leviedUnits: 754_800,
      levyReversedUnits: 60_000,
      availableUnits: 94_800,
      committedUnits: 400_000,
      disbursedUnits: 200_000,
    };
    const rates = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];
    // Act
    const balance = fundBalance(totals, rates, '2026-06-01');
    // Assess
    expect(balance).toStrictEqual({
      raisedPence: 2_516,
      refundedPence: 200,
      leviedPence: 69,
      committedPence: 40,
      disbursedPence: 20,
      availablePence: 9,
      exact: { leviedPence: '69.4800', availablePence: '9.4800' },
      levyRate: { basisPoints: 300, effectiveFrom: '2026-01-01' },
      unleviedPence: 0,
      donationCount: 2,
      refundCount: 1,
    });
  });

  it('says when the only rates set start later than today', () => {
    const rates = [{ basisPoints: 300, effectiveFrom: '2026-07-01', setBy: 'fin-1', setAt: '2026-06-01T09:00:00.000Z' }];
    expect(fundBalance(emptyTotals(), rates, '2026-06-01').notice).toBe('No levy rate is in force yet today; the first starts on 2026-07-01.');
  });

  it('shows an overdrawn fund (a refund after its levy was committed) as negative, rounded down', () => {
    expect(fundBalance({ ...emptyTotals(), availableUnits: -1 }, [], '2026-06-01').availablePence).toBe(-1);
  });
});
