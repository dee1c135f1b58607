import type { AppliedRate, LevyRate } from './levy-rate.ts';
import { rateInForce } from './levy-rate.ts';

/** The levy on one amount: the rate applied (null before any rate was set) and the exact levy in units. */
export interface Levy {
  rate: AppliedRate | null;
  units: number;
}

/**
 * The exact levy on whole pence at a rate, in units of 1/10,000 p (see `money.ts`): pence × basis points,
 * with no rounding at all. This is what keeps the fund from drifting: any number of levies sum to exactly
 * rate × total, and the total is rounded down once, when reported.
 */
export const levyUnitsOn = (amountPence: number, basisPoints: number): number => {
  const units = amountPence * basisPoints;
  if (!Number.isSafeInteger(units)) throw new RangeError(`the levy on ${amountPence}p at ${basisPoints}bp is not a safe integer`);
  return units;
};

/** The levy on a donation: at the rate in force on the day it was received, whenever it reaches us. */
export const levyFor = (
  { amountPence, receivedOn }: { amountPence: number; receivedOn: string },
  rates: readonly LevyRate[],
): Levy => {
  const rate = rateInForce(rates, receivedOn);
  if (rate === undefined) return { rate: null, units: 0 };
  return {
    rate: { basisPoints: rate.basisPoints, effectiveFrom: rate.effectiveFrom },
    units: levyUnitsOn(amountPence, rate.basisPoints),
  };
};
