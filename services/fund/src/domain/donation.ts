import type { donationReceived, EventOf } from '@platform/events';
import { latestAcceptableDate } from './dates.ts';
import { DateTooLateError, DonationTooLargeError } from './errors.ts';
import { levyFor } from './levy.ts';
import type { AppliedRate, LevyRate } from './levy-rate.ts';
import type { Movement } from './ledger.ts';
import { movement } from './ledger.ts';

/** A donation as the `fund.donation-received` event carries it. */
export type DonationData = EventOf<typeof donationReceived>['data'];

/** UK party funding rules: only permissible donors may give more than £500. */
export const PERMISSIBILITY_THRESHOLD_PENCE = 50_000;

/**
 * The largest single payment accepted (£100m, far beyond any real one). It bounds every levy and keeps the
 * fund's totals exact in JavaScript numbers for any realistic lifetime of donations.
 */
export const MAX_DONATION_PENCE = 10_000_000_000;

/** A donation the fund has received and levied, once. */
export interface Donation extends DonationData {
  /** The event that brought it; a later event for the same `donationId` changes nothing. */
  eventId: string;
  recordedAt: string;
  /** The rate applied; null when no rate was set for `receivedOn`, and then no levy applies. */
  levyRate: AppliedRate | null;
  levyUnits: number;
  levyMovementId: string;
  permissibilityCheckRequired: boolean;
  /** Refunded so far, and the levy reversed with it; the store keeps both with each refund. */
  refundedPence: number;
  levyReversedUnits: number;
}

/** A rule a well-formed donation breaks, and the field that breaks it. */
export interface DonationProblem {
  field: 'amountPence' | 'receivedOn';
  error: DonationTooLargeError | DateTooLateError;
}

/** The rules a well-formed donation must also pass on arrival (at `now`); an empty list when it does. */
export const donationProblems = ({ amountPence, receivedOn }: Pick<DonationData, 'amountPence' | 'receivedOn'>, now: Date): DonationProblem[] => {
  const problems: DonationProblem[] = [];
  if (amountPence > MAX_DONATION_PENCE) problems.push({ field: 'amountPence', error: new DonationTooLargeError(amountPence, MAX_DONATION_PENCE) });
  const latest = latestAcceptableDate(now);
  if (receivedOn > latest) problems.push({ field: 'receivedOn', error: new DateTooLateError('receivedOn', receivedOn, latest) });
  return problems;
};

/**
 * Receives a donation: levies it at the rate in force on the day it was received, and flags it for a
 * permissibility check when over £500 (the levy applies regardless). Returns the donation and its levy
 * movement, to be stored together.
 */
export const receiveDonation = (
  data: DonationData,
  { rates, eventId, movementId, now }: { rates: readonly LevyRate[]; eventId: string; movementId: string; now: Date },
): { donation: Donation; levy: Movement } => {
  const [problem] = donationProblems(data, now);
  if (problem !== undefined) throw problem.error;
  const recordedAt = now.toISOString();
  const { rate, units } = levyFor(data, rates);
  const permissibilityCheckRequired = data.amountPence > PERMISSIBILITY_THRESHOLD_PENCE;
  const donation: Donation = {
    ...data,
    eventId,
    recordedAt,
    levyRate: rate,
    levyUnits: units,
    levyMovementId: movementId,
    permissibilityCheckRequired,
    refundedPence: 0,
    levyReversedUnits: 0,
  };
  const levy = movement('levy', units, {
    movementId,
    effectiveOn: data.receivedOn,
    postedAt: recordedAt,
    amountPence: data.amountPence,
    basisPoints: rate?.basisPoints ?? null,
    donationId: data.donationId,
    permissibilityCheckRequired,
  });
  return { donation, levy };
};

/**
 * Whether a donation already stored is the one described again: same amount, date and source. Donor
 * details may be corrected in a re-send and do not make it another donation.
 */
export const isSameDonation = (stored: DonationData, again: DonationData): boolean =>
  stored.donationId === again.donationId &&
  stored.amountPence === again.amountPence &&
  stored.receivedOn === again.receivedOn &&
  stored.source === again.source;
