import { ConflictError, DomainError } from '@platform/kit';

/** No expected general election date is known: neither the settings nor the retirement give one. */
export class ElectionDateUnsetError extends DomainError {
  readonly kind = 'unprocessable';

  constructor() {
    super(
      'no expected general election date is set, so early announcement cannot be judged: set expectedElectionOn ' +
        'in the emeritus settings, or give this retirement its own expectedElectionOn',
    );
    this.name = 'ElectionDateUnsetError';
  }
}

/** The expected election is not after the announcement, so the announcement cannot be for it. */
export class ElectionNotAfterAnnouncementError extends DomainError {
  readonly kind = 'unprocessable';
  readonly announcedOn: string;
  readonly expectedElectionOn: string;

  constructor(announcedOn: string, expectedElectionOn: string, source: 'settings' | 'retirement') {
    super(
      `the expected general election on ${expectedElectionOn} (from the ${source}) is not after the announcement ` +
        `on ${announcedOn}; give an election date after the announcement`,
    );
    this.name = 'ElectionNotAfterAnnouncementError';
    this.announcedOn = announcedOn;
    this.expectedElectionOn = expectedElectionOn;
  }
}

/** The MP already has an active retirement; its id travels in the 409 body so the client can fetch it. */
export class RetirementAlreadyActiveError extends ConflictError {
  readonly mpId: string;
  readonly retirementId: string;

  constructor(mpId: string, retirementId: string) {
    super(`MP ${mpId} already has an active retirement, ${retirementId}; withdraw it before recording another`, {
      retirementId,
    });
    this.name = 'RetirementAlreadyActiveError';
    this.mpId = mpId;
    this.retirementId = retirementId;
  }
}

export class RetirementNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly retirementId: string;

  constructor(retirementId: string) {
    super(`there is no retirement ${retirementId}`);
    this.name = 'RetirementNotFoundError';
    this.retirementId = retirementId;
  }
}

export class RetirementAlreadyWithdrawnError extends ConflictError {
  readonly retirementId: string;
  readonly withdrawnOn: string;

  constructor(retirementId: string, withdrawnOn: string) {
    super(`retirement ${retirementId} was already withdrawn on ${withdrawnOn}`, { retirementId, withdrawnOn });
    this.name = 'RetirementAlreadyWithdrawnError';
    this.retirementId = retirementId;
    this.withdrawnOn = withdrawnOn;
  }
}

/** A retirement cannot be withdrawn before the day it was announced. */
export class WithdrawalBeforeAnnouncementError extends DomainError {
  readonly kind = 'unprocessable';
  readonly withdrawnOn: string;
  readonly announcedOn: string;

  constructor(retirementId: string, withdrawnOn: string, announcedOn: string) {
    super(
      `retirement ${retirementId} cannot be withdrawn on ${withdrawnOn}, before it was announced on ${announcedOn}; ` +
        `give a withdrawal date on or after ${announcedOn}`,
    );
    this.name = 'WithdrawalBeforeAnnouncementError';
    this.withdrawnOn = withdrawnOn;
    this.announcedOn = announcedOn;
  }
}
