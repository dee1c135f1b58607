import * as z from 'zod';
import { RateAlreadySetError, RateBackdatedError, RateLimitError } from './errors.ts';

/** A levy rate in basis points: 300 is 3%. Zero suspends the levy; 10,000 would take everything. */
export const BasisPoints = z.int().min(0).max(10_000);

/** A rate finance set, in force from `effectiveFrom` until the next rate's date. Never edited once set. */
export interface LevyRate {
  basisPoints: number;
  effectiveFrom: string;
  setBy: string;
  setAt: string;
}

/** Which rate applied to a levy, as recorded with the donation. */
export interface AppliedRate {
  basisPoints: number;
  effectiveFrom: string;
}

/** The rates, earliest first. */
export const inDateOrder = (rates: readonly LevyRate[]): LevyRate[] =>
  [...rates].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

/** The rate in force on a date (the latest to start on or before it), or undefined before the first rate. */
export const rateInForce = (rates: readonly LevyRate[], on: string): LevyRate | undefined =>
  rates.reduce<LevyRate | undefined>(
    (found, rate) => (rate.effectiveFrom <= on && (found === undefined || rate.effectiveFrom > found.effectiveFrom) ? rate : found),
    undefined,
  );

/**
 * The most rates the fund keeps. Every rate ever set lives in the fund's one state item, beside the running
 * totals that every donation, refund and grant updates: that item may hold 400 KB, and each write of it
 * costs a write unit per KB, so its rate history must stay small. A rate is a policy of the party's
 * conference, changed a few times a decade; 100 rates (some 20 KB at worst, with 128-character `setBy`
 * ids) is more than the platform will see in its life.
 */
export const MAX_LEVY_RATES = 100;

/** What adding a rate did: added it, or found the very same rate already set (a retried request). */
export type RateAddition = { outcome: 'added'; rate: LevyRate } | { outcome: 'unchanged'; rate: LevyRate };

/**
 * Adds a rate to the history. A date has one rate, never replaced. A rate may not start on or before the
 * latest `receivedOn` of any donation already levied: those donations were levied at the rate then in
 * force, and a rate reaching back over them would make the ledger disagree with its own rate history.
 * Rates starting later (including between two existing rates, when no donation is levied past it) are fine.
 */
export const addRate = (
  rates: readonly LevyRate[],
  proposed: LevyRate,
  { latestReceivedOn }: { latestReceivedOn: string | undefined },
): RateAddition => {
  const existing = rates.find((rate) => rate.effectiveFrom === proposed.effectiveFrom);
  if (existing !== undefined) {
    if (existing.basisPoints === proposed.basisPoints) return { outcome: 'unchanged', rate: existing };
    throw new RateAlreadySetError(existing.effectiveFrom, existing.basisPoints);
  }
  if (latestReceivedOn !== undefined && proposed.effectiveFrom <= latestReceivedOn) {
    throw new RateBackdatedError(proposed.effectiveFrom, latestReceivedOn);
  }
  if (rates.length >= MAX_LEVY_RATES) throw new RateLimitError(MAX_LEVY_RATES);
  return { outcome: 'added', rate: proposed };
};
