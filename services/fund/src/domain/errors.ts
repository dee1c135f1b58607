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

/** The fund keeps at most `MAX_LEVY_RATES` rates, and has that many. */
export class RateLimitError extends ConflictError {
  readonly maxRates: number;

  constructor(maxRates: number) {
    super(`the fund already has ${maxRates} levy rates, the most it keeps; no more can be added`, { maxRates });
    this.name = 'RateLimitError';
    this.maxRates = maxRates;
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

// Part 2: applications and grants. Messages name ids, statuses and amounts only: never an applicant's
// groups or statement, which are special category data (a 4xx detail goes back to the caller, and a
// message may reach a log or a dead-letter reason).

export class ApplicationNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly applicationId: string;

  constructor(applicationId: string) {
    super(`there is no application ${applicationId}`);
    this.name = 'ApplicationNotFoundError';
    this.applicationId = applicationId;
  }
}

/** Why a seat has no selection a candidate can apply for support in. */
export type SelectionClosedReason = 'none-scheduled' | 'cancelled' | 'completed';

export class SelectionNotOpenError extends DomainError {
  readonly kind = 'unprocessable';
  readonly seatId: string;
  readonly reason: SelectionClosedReason;

  constructor(seatId: string, reason: SelectionClosedReason, completedOn?: string) {
    const why = {
      'none-scheduled': `no selection is scheduled in seat ${seatId}`,
      cancelled: `the selection in seat ${seatId} was cancelled`,
      completed: `the selection in seat ${seatId} is complete: its result phase ended on ${completedOn ?? 'an earlier date'}`,
    }[reason];
    super(`${why}; a candidate can apply only for a seat whose selection is scheduled and not yet complete`);
    this.name = 'SelectionNotOpenError';
    this.seatId = seatId;
    this.reason = reason;
  }
}

/** What was being attempted on an application that its status does not allow. */
export type ApplicationAction = 'withdraw' | 'decide' | 'disburse' | 'cancel-approval';

const allowedWhen: Record<ApplicationAction, string> = {
  withdraw: 'only an application not yet decided can be withdrawn',
  decide: 'only an application not yet decided can be decided, and only once',
  disburse: 'only an approved grant with money still to pay can be paid out',
  'cancel-approval': 'only an approved grant with money still to pay can have its approval cancelled',
};

export class ApplicationStatusError extends ConflictError {
  readonly applicationId: string;
  readonly status: string;
  readonly action: ApplicationAction;

  constructor(applicationId: string, status: string, action: ApplicationAction) {
    super(`application ${applicationId} is ${status}; ${allowedWhen[action]}`, { applicationId, status });
    this.name = 'ApplicationStatusError';
    this.applicationId = applicationId;
    this.status = status;
    this.action = action;
  }
}

export class ApprovalExceedsRequestError extends DomainError {
  readonly kind = 'unprocessable';
  readonly amountPence: number;
  readonly requestedPence: number;

  constructor(amountPence: number, requestedPence: number) {
    super(`an approval of ${amountPence}p is more than the ${requestedPence}p requested; approve the amount requested or less`);
    this.name = 'ApprovalExceedsRequestError';
    this.amountPence = amountPence;
    this.requestedPence = requestedPence;
  }
}

/** The four-eyes rule: the finance user who approved a grant may not also pay it out. */
export class FourEyesError extends DomainError {
  readonly kind = 'forbidden';
  readonly applicationId: string;
  readonly approvedBy: string;

  constructor(applicationId: string, approvedBy: string) {
    super(
      `four eyes: the grant of application ${applicationId} was approved by ${approvedBy}, so a different finance user must make its disbursements`,
    );
    this.name = 'FourEyesError';
    this.applicationId = applicationId;
    this.approvedBy = approvedBy;
  }
}

/** A finance user who is also the applicant may not decide, pay or cancel their own grant. */
export class OwnApplicationError extends DomainError {
  readonly kind = 'forbidden';
  readonly applicationId: string;

  constructor(applicationId: string) {
    super(`application ${applicationId} is your own; another finance user must act on it`);
    this.name = 'OwnApplicationError';
    this.applicationId = applicationId;
  }
}

export class DisbursementExceedsGrantError extends ConflictError {
  readonly applicationId: string;
  readonly amountPence: number;
  readonly remainingPence: number;

  constructor(applicationId: string, amountPence: number, remainingPence: number) {
    super(`a disbursement of ${amountPence}p exceeds the ${remainingPence}p of application ${applicationId}'s grant not yet paid`, {
      applicationId,
      remainingPence,
    });
    this.name = 'DisbursementExceedsGrantError';
    this.applicationId = applicationId;
    this.amountPence = amountPence;
    this.remainingPence = remainingPence;
  }
}

export class DisbursementConflictError extends ConflictError {
  readonly disbursementId: string;

  constructor(applicationId: string, disbursementId: string) {
    super(`disbursement ${disbursementId} of application ${applicationId} was already made with a different amount`, {
      applicationId,
      disbursementId,
    });
    this.name = 'DisbursementConflictError';
    this.disbursementId = disbursementId;
  }
}

/** A grant has been paid in as many parts as a grant may be (`MAX_DISBURSEMENTS_PER_GRANT`). */
export class DisbursementLimitError extends ConflictError {
  readonly applicationId: string;
  readonly maxDisbursements: number;
  readonly remainingPence: number;

  constructor(applicationId: string, maxDisbursements: number, remainingPence: number) {
    super(
      `application ${applicationId}'s grant has been paid in ${maxDisbursements} disbursements, the most a grant may be paid in; ` +
        `cancel its approval to return the ${remainingPence}p not yet paid to the fund`,
      { applicationId, maxDisbursements, remainingPence },
    );
    this.name = 'DisbursementLimitError';
    this.applicationId = applicationId;
    this.maxDisbursements = maxDisbursements;
    this.remainingPence = remainingPence;
  }
}

/** A candidate has made as many applications as one may (`MAX_APPLICATIONS_PER_CANDIDATE`). */
export class ApplicationLimitError extends DomainError {
  readonly kind = 'unprocessable';
  readonly maxApplications: number;

  constructor(_candidateId: string, maxApplications: number) {
    super(`you have made ${maxApplications} applications, the most one candidate may make; ask the Diversity Fund panel if you need to apply again`);
    this.name = 'ApplicationLimitError';
    this.maxApplications = maxApplications;
  }
}

/** Erasure on request of an undecided application, without the candidate's word that it may be withdrawn. */
export class ErasureNeedsWithdrawalError extends ConflictError {
  readonly applicationId: string;

  constructor(applicationId: string) {
    super(
      `application ${applicationId} is not yet decided, so it must be withdrawn before its data can be erased; ` +
        'confirm by asking again with withdraw: true, which withdraws it and then erases it',
      { applicationId, withdrawRequired: true },
    );
    this.name = 'ErasureNeedsWithdrawalError';
    this.applicationId = applicationId;
  }
}

/** Finance erases on a candidate's behalf (a request by letter) only with the reason recorded. */
export class ErasureReasonRequiredError extends DomainError {
  readonly kind = 'unprocessable';
  readonly applicationId: string;

  constructor(applicationId: string) {
    super(`finance erasing application ${applicationId} on the candidate's behalf must give the reason, such as the request's date and reference`);
    this.name = 'ErasureReasonRequiredError';
    this.applicationId = applicationId;
  }
}
