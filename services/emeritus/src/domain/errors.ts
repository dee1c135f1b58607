import { ConflictError, DomainError } from '@platform/kit';
import type { AttendeeRefusal } from './clause-v-meeting.ts';

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

export class ConsultationNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly consultationId: string;

  constructor(consultationId: string) {
    super(`there is no consultation ${consultationId}`);
    this.name = 'ConsultationNotFoundError';
    this.consultationId = consultationId;
  }
}

/** The consultation closed (at its closing date, or early by HQ staff): nothing more may be recorded on it. */
export class ConsultationClosedError extends ConflictError {
  readonly consultationId: string;
  readonly closedAt: string;

  constructor(consultationId: string, closedAt: string) {
    super(`consultation ${consultationId} closed at ${closedAt}; responses can no longer be recorded or amended, and it cannot be closed again`, {
      consultationId,
      closedAt,
    });
    this.name = 'ConsultationClosedError';
    this.consultationId = consultationId;
    this.closedAt = closedAt;
  }
}

/** Only a consultee (on the committee when it opened, or joined while it was open) may respond. */
export class NotAConsulteeError extends DomainError {
  readonly kind = 'unprocessable';
  readonly mpId: string;

  constructor(consultationId: string, mpId: string) {
    super(
      `MP ${mpId} is not a consultee of consultation ${consultationId}: only members of the emeritus committee when it ` +
        'opened, or who joined while it was open, are consulted',
    );
    this.name = 'NotAConsulteeError';
    this.mpId = mpId;
  }
}

/** A response has been amended as many times as its history may hold. */
export class ResponseVersionLimitError extends ConflictError {
  constructor(consultationId: string, mpId: string, maxVersions: number) {
    super(`the response of MP ${mpId} to consultation ${consultationId} already has ${maxVersions} versions, the most kept; it cannot be amended again`, {
      maxVersions,
    });
    this.name = 'ResponseVersionLimitError';
  }
}

export class MeetingNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly meetingId: string;

  constructor(meetingId: string) {
    super(`there is no Clause V meeting ${meetingId}`);
    this.name = 'MeetingNotFoundError';
    this.meetingId = meetingId;
  }
}

/** A retiring MP may not attend the Clause V meeting; the reason and the retirement travel in the 409. */
export class RetiringAttendeeError extends ConflictError {
  readonly mpId: string;
  readonly retirementId: string;
  readonly reason: string;

  constructor(mpId: string, retirementId: string, reason: string) {
    super(`MP ${mpId} may not attend the Clause V meeting: ${reason}`, { mpId, retirementId, reason });
    this.name = 'RetiringAttendeeError';
    this.mpId = mpId;
    this.retirementId = retirementId;
    this.reason = reason;
  }
}

/**
 * The attendee list cannot be changed the way asked: a meeting in the past (`held`), a duplicate
 * (`attending`), a full list (`full`). The kind travels into the history entry of a refused addition.
 */
export class AttendeeListError extends ConflictError {
  readonly refusal: Exclude<AttendeeRefusal, 'retiring'>;

  constructor(refusal: Exclude<AttendeeRefusal, 'retiring'>, message: string, details?: Record<string, unknown>) {
    super(message, details);
    this.name = 'AttendeeListError';
    this.refusal = refusal;
  }
}

export class AttendeeNotFoundError extends DomainError {
  readonly kind = 'not-found';

  constructor(meetingId: string, mpId: string) {
    super(`${mpId} is not on the attendee list of Clause V meeting ${meetingId}`);
    this.name = 'AttendeeNotFoundError';
  }
}
