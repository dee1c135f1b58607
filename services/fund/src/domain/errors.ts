import { ConflictError, DomainError } from '@platform/kit';

export class DonationNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly donationId: string;

  constructor(donationId: string) {
    super(`there is no donation ${donationId}; it may still be on its way through the queue`);
    this.name = 'DonationNotFoundError';
    this.donationId = donationId;
  }
}

export class DonationConflictError extends ConflictError {
  readonly donationId: string;

  constructor(donationId: string) {
    super(`donation ${donationId} was already received with a different amount, date or source`, { donationId });
    this.name = 'DonationConflictError';
    this.donationId = donationId;
  }
}

export class DateTooLateError extends DomainError {
  readonly kind = 'unprocessable';
  readonly field: string;
  readonly date: string;
  readonly latest: string;

  constructor(field: string, date: string, latest: string) {
    super(`${field} ${date} is in the future; the latest date accepted now is ${latest}`);
    this.name = 'DateTooLateError';
    this.field = field;
    this.date = date;
    this.latest = latest;
  }
}

export class DonationTooLargeError extends DomainError {
  readonly kind = 'unprocessable';
  readonly amountPence: number;
  readonly maxPence: number;

  constructor(amountPence: number, maxPence: number) {
    super(`a donation of ${amountPence}p is more than the ${maxPence}p the fund accepts in one payment`);
    this.name = 'DonationTooLargeError';
    this.amountPence = amountPence;
    this.maxPence = maxPence;
  }
}

export class RefundExceedsDonationError extends ConflictError {
  readonly donationId: string;
  readonly requestedPence: number;
  readonly refundablePence: number;

  constructor(donationId: string, requestedPence: number, refundablePence: number) {
    super(`a refund of ${requestedPence}p exceeds the ${refundablePence}p of donation ${donationId} not yet refunded`, {
      donationId,
      refundablePence,
    });
    this.name = 'RefundExceedsDonationError';
    this.donationId = donationId;
    this.requestedPence = requestedPence;
    this.refundablePence = refundablePence;
  }
}

export class RefundBeforeDonationError extends DomainError {
  readonly kind = 'unprocessable';
  readonly refundedOn: string;
  readonly receivedOn: string;

  constructor(refundedOn: string, receivedOn: string) {
    super(`a refund dated ${refundedOn} is earlier than the donation it refunds, received on ${receivedOn}`);
    this.name = 'RefundBeforeDonationError';
    this.refundedOn = refundedOn;
    this.receivedOn = receivedOn;
  }
}

export class RefundConflictError extends ConflictError {
  readonly refundId: string;

  constructor(donationId: string, refundId: string) {
    super(`refund ${refundId} of donation ${donationId} was already recorded with a different amount or date`, {
      donationId,
      refundId,
    });
    this.name = 'RefundConflictError';
    this.refundId = refundId;
  }
}

export class RateAlreadySetError extends ConflictError {
  readonly effectiveFrom: string;
  readonly basisPoints: number;

  constructor(effectiveFrom: string, basisPoints: number) {
    super(`a rate of ${basisPoints} basis points already starts on ${effectiveFrom}; rates are never edited, add one from another date`, {
      effectiveFrom,
      basisPoints,
    });
    this.name = 'RateAlreadySetError';
    this.effectiveFrom = effectiveFrom;
    this.basisPoints = basisPoints;
  }
}

export class RateBackdatedError extends ConflictError {
  readonly effectiveFrom: string;
  readonly latestReceivedOn: string;

  constructor(effectiveFrom: string, latestReceivedOn: string) {
    super(
      `a rate cannot start on ${effectiveFrom}: donations received as late as ${latestReceivedOn} are already levied, ` +
        `so a new rate must start after ${latestReceivedOn}`,
      { effectiveFrom, latestReceivedOn },
    );
    this.name = 'RateBackdatedError';
    this.effectiveFrom = effectiveFrom;
    this.latestReceivedOn = latestReceivedOn;
  }
}

export class StatementTooLargeError extends DomainError {
  readonly kind = 'unprocessable';
  readonly maxRows: number;

  constructor(maxRows: number) {
    super(`the statement would have more than ${maxRows} rows; ask for a shorter date range`);
    this.name = 'StatementTooLargeError';
    this.maxRows = maxRows;
  }
}

/**
 * A commitment asked for more than the fund has available. For part 2 (grants): `FundLedger.commit`'s
 * posting is refused by its condition, and the handler throws this.
 */
export class FundOverdrawnError extends ConflictError {
  readonly requestedPence: number;
  readonly availablePence: number;

  constructor(requestedPence: number, availablePence: number) {
    super(`a commitment of ${requestedPence}p exceeds the ${availablePence}p available in the fund`, {
      requestedPence,
      availablePence,
    });
    this.name = 'FundOverdrawnError';
    this.requestedPence = requestedPence;
    this.availablePence = availablePence;
  }
}
