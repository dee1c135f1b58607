import { latestAcceptableDate } from './dates.ts';
import type { Donation } from './donation.ts';
import { DateTooLateError, RefundBeforeDonationError, RefundExceedsDonationError } from './errors.ts';
import { levyUnitsOn } from './levy.ts';
import type { Movement } from './ledger.ts';
import { movement } from './ledger.ts';

/** Part or all of a donation paid back, with the levy on that part reversed. Immutable once recorded. */
export interface Refund {
  refundId: string;
  donationId: string;
  amountPence: number;
  refundedOn: string;
  /** Exactly the levy on the refunded pence, at the donation's own rate. */
  levyReversedUnits: number;
  reversalMovementId: string;
  recordedAt: string;
  recordedBy: string;
}

export interface RefundRequest {
  refundId: string;
  amountPence: number;
  refundedOn: string;
}

/**
 * Refunds part or all of a donation. The levy reversed is the levy on the refunded pence at the rate the
 * donation was levied at, exactly (pence × basis points, in units), so refunds that add up to the whole
 * donation reverse its whole levy, to the unit. Refunds never exceed what is left of the donation.
 */
export const refundDonation = (
  donation: Donation,
  { refundId, amountPence, refundedOn }: RefundRequest,
  { movementId, now, by }: { movementId: string; now: Date; by: string },
): { refund: Refund; reversal: Movement } => {
  const refundablePence = donation.amountPence - donation.refundedPence;
  if (amountPence > refundablePence) throw new RefundExceedsDonationError(donation.donationId, amountPence, refundablePence);
  if (refundedOn < donation.receivedOn) throw new RefundBeforeDonationError(refundedOn, donation.receivedOn);
  const latest = latestAcceptableDate(now);
  if (refundedOn > latest) throw new DateTooLateError('refundedOn', refundedOn, latest);

  const basisPoints = donation.levyRate?.basisPoints ?? null;
  const levyReversedUnits = basisPoints === null ? 0 : levyUnitsOn(amountPence, basisPoints);
  const recordedAt = now.toISOString();
  const refund: Refund = {
    refundId,
    donationId: donation.donationId,
    amountPence,
    refundedOn,
    levyReversedUnits,
    reversalMovementId: movementId,
    recordedAt,
    recordedBy: by,
  };
  const reversal = movement('levy-reversal', levyReversedUnits, {
    movementId,
    effectiveOn: refundedOn,
    postedAt: recordedAt,
    amountPence,
    basisPoints,
    donationId: donation.donationId,
    refundId,
  });
  return { refund, reversal };
};

/** Whether a refund already stored under an id is the one asked for again (a retried request). */
export const isSameRefund = (stored: Refund, again: RefundRequest): boolean =>
  stored.amountPence === again.amountPence && stored.refundedOn === again.refundedOn;

/** Donation after a refund, as the store records it alongside. */
export const afterRefund = (donation: Donation, refund: Refund): Donation => ({
  ...donation,
  refundedPence: donation.refundedPence + refund.amountPence,
  levyReversedUnits: donation.levyReversedUnits + refund.levyReversedUnits,
});
