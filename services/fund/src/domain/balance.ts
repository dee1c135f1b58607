import type { FundTotals } from './fund-totals.ts';
import type { AppliedRate, LevyRate } from './levy-rate.ts';
import { rateInForce } from './levy-rate.ts';
import { exactPenceOf, wholePenceOf } from './money.ts';

/** The fund's balance as finance reads it. */
export interface FundBalance {
  raisedPence: number;
  refundedPence: number;
  /** Levied less reversed, rounded down to whole pence. */
  leviedPence: number;
  committedPence: number;
  disbursedPence: number;
  /** Rounded down: `leviedPence - committedPence - disbursedPence`, exactly. */
  availablePence: number;
  /** The same, to the exact 1/10,000 p that the ledger keeps, as decimal strings. */
  exact: { leviedPence: string; availablePence: string };
  /** The rate in force today; null until finance sets one. */
  levyRate: AppliedRate | null;
  /** Raised while no rate was in force, so never levied. */
  unleviedPence: number;
  donationCount: number;
  refundCount: number;
  /** Present when there is something finance should know before reading the figures. */
  notice?: string;
}

/**
 * The balance from the running totals. Whole pence are rounded down from the exact units, so the fund
 * never reports money it does not have; since commitments and disbursements are whole pence,
 * `availablePence` is exactly `leviedPence - committedPence - disbursedPence`.
 */
export const fundBalance = (totals: FundTotals, rates: readonly LevyRate[], today: string): FundBalance => {
  const netLevied = totals.leviedUnits - totals.levyReversedUnits;
  const rate = rateInForce(rates, today);
  return {
    raisedPence: totals.raisedPence,
    refundedPence: totals.refundedPence,
    leviedPence: wholePenceOf(netLevied),
    committedPence: wholePenceOf(totals.committedUnits),
    disbursedPence: wholePenceOf(totals.disbursedUnits),
    availablePence: wholePenceOf(totals.availableUnits),
    exact: { leviedPence: exactPenceOf(netLevied), availablePence: exactPenceOf(totals.availableUnits) },
    levyRate: rate === undefined ? null : { basisPoints: rate.basisPoints, effectiveFrom: rate.effectiveFrom },
    unleviedPence: totals.unleviedPence,
    donationCount: totals.donationCount,
    refundCount: totals.refundCount,
    ...(rates.length === 0
      ? { notice: 'No levy rate has been set, so no levy applies: donations are recorded but not levied until finance sets a rate.' }
      : rate === undefined
        ? { notice: `No levy rate is in force yet today; the first starts on ${[...rates].map((r) => r.effectiveFrom).sort()[0]}.` }
        : {}),
  };
};
