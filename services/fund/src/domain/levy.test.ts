import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fundBalance } from './balance.ts';
import { receiveDonation } from './donation.ts';
import { applyDelta, emptyTotals, totalsDelta } from './fund-totals.ts';
import type { LevyRate } from './levy-rate.ts';
import { levyFor, levyUnitsOn } from './levy.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const rate = (effectiveFrom: string, basisPoints: number): LevyRate => ({ basisPoints, effectiveFrom, setBy: 'fin-1', setAt: '2026-01-01T09:00:00.000Z' });

/** The whole-pence levied total after receiving each amount, through the same steps the consumer takes. */
const leviedPenceAfter = (amounts: readonly number[], rates: readonly LevyRate[], receivedOn: (index: number) => string = () => '2026-05-01') => {
  let totals = emptyTotals();
  amounts.forEach((amountPence, index) => {
    const { levy } = receiveDonation(
      { donationId: `d-${index}`, amountPence, receivedOn: receivedOn(index), source: 'donation' },
      { rates, eventId: `e-${index}`, movementId: `m-${index}`, now: NOW },
    );
    totals = applyDelta(totals, totalsDelta(levy));
  });
  return fundBalance(totals, rates, '2026-06-01').leviedPence;
};

describe('levyUnitsOn', () => {
  it('is the amount times the rate, in 1/10,000 p, unrounded', () => {
    // 3% of £0.16 is 0.48p: 4,800 units.
    expect(levyUnitsOn(16, 300)).toBe(4_800);
  });
});

describe('levyFor', () => {
  const RATES = [rate('2025-01-01', 200), rate('2026-04-06', 250)];

  it('takes the rate in force on the day the donation was received', () => {
    expect(levyFor({ amountPence: 10_000, receivedOn: '2026-04-06' }, RATES)).toStrictEqual({
      rate: { basisPoints: 250, effectiveFrom: '2026-04-06' },
      units: 2_500_000,
    });
  });

  it('takes the earlier rate for a donation received before the change, however late it arrives', () => {
    expect(levyFor({ amountPence: 10_000, receivedOn: '2026-04-05' }, RATES)).toStrictEqual({
      rate: { basisPoints: 200, effectiveFrom: '2025-01-01' },
      units: 2_000_000,
    });
  });

  it('levies nothing before any rate is set', () => {
    expect(levyFor({ amountPence: 10_000, receivedOn: '2024-12-31' }, RATES)).toStrictEqual({ rate: null, units: 0 });
  });
});

describe('the levied total', () => {
  it('never drifts: over 100,000 random amounts at one rate it is within a penny below rate × total raised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 100_000, maxLength: 100_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amounts, basisPoints) => {
          // Act
          const levied = BigInt(leviedPenceAfter(amounts, [rate('2020-01-01', basisPoints)]));
          // Assess: in 1/10,000 p, exact = bp × raised; levied ≤ exact < levied + 1p
          const exact = amounts.reduce((sum, amount) => sum + BigInt(amount), 0n) * BigInt(basisPoints);
          expect({ above: levied * 10_000n > exact, shortByAPennyOrMore: exact - levied * 10_000n >= 10_000n }).toStrictEqual({
            above: false,
            shortByAPennyOrMore: false,
          });
        },
      ),
      { numRuns: 5 },
    );
  });

  it('stays within a penny of the exact share across rate changes too, each donation at the rate of its own date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 2_000 }),
        (donations) => {
          const rates = [rate('2026-05-01', 300), rate('2026-05-11', 275), rate('2026-05-21', 1)];
          const dates = donations.map(([, day]) => `2026-05-${String(day + 1).padStart(2, '0')}`);
          const levied = BigInt(leviedPenceAfter(donations.map(([amount]) => amount), rates, (index) => dates[index] as string));
          const exact = donations.reduce((sum, [amount], index) => sum + BigInt(levyFor({ amountPence: amount, receivedOn: dates[index] as string }, rates).units), 0n);
          expect(levied * 10_000n <= exact && exact - levied * 10_000n < 10_000n).toBe(true);
        },
      ),
    );
  });

  it('is where rounding each levy to the penny would have drifted by pounds', () => {
    // Prepare: 100,000 donations of 16p at 3%, each 0.48p of levy
    const amounts = Array.from({ length: 100_000 }, () => 16);
    const naive = amounts.reduce((sum, amount) => sum + Math.round((amount * 300) / 10_000), 0);
    // Act
    const levied = leviedPenceAfter(amounts, [rate('2020-01-01', 300)]);
    // Assess: the exact share is 48,000p; per-donation rounding would have levied nothing at all
    expect({ levied, naive }).toStrictEqual({ levied: 48_000, naive: 0 });
  });
});
