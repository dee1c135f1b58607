import type { Application } from './application.ts';
import { withdrawApplication } from './application.ts';
import { ErasureNeedsWithdrawalError } from './errors.ts';
import { SPECIAL_CATEGORY_FIELDS } from './retention.ts';

/**
 * Why an application's special category data was erased: its retention period ended (the schedule), its
 * candidate asked, or finance acted on a candidate's request made another way (a letter).
 */
export type ErasureReason = 'retention-period-ended' | 'candidate-request' | 'request-on-behalf';

/** What stands in an erased application in place of its special category fields: when, and why. */
export interface ErasureMarker {
  at: string;
  reason: ErasureReason;
}

/** Who erased: the schedule, or the id of the candidate or finance user who asked. */
export const SCHEDULE = 'schedule';

/**
 * The audit record of one erasure. It says what kind of data went, from which application, when, why and by
 * whom, and never holds the data itself.
 */
export interface ErasureRecord {
  erasureId: string;
  applicationId: string;
  /** The kind of data erased: always the special category fields. */
  data: 'special-category';
  fields: (typeof SPECIAL_CATEGORY_FIELDS)[number][];
  at: string;
  reason: ErasureReason;
  /** `schedule`, or the id of the candidate or finance user. */
  by: string;
  /** Finance's note of the request it acted on; absent otherwise. */
  note?: string;
  /** Whether the undecided application was withdrawn first, on the candidate's confirmation. */
  withdrawn: boolean;
}

export interface ErasureRequest {
  at: string;
  by: string;
  reason: ErasureReason;
  erasureId: string;
  /** The candidate's confirmation that an undecided application may be withdrawn first. */
  withdraw?: boolean;
  note?: string;
}

/** An application with its special category data erased, and the audit record to keep with it. */
export interface Erasure {
  application: Application;
  record: ErasureRecord;
}

/**
 * Erases the special category fields of an application, keeping everything finance must keep (amounts,
 * dates, decisions, reasons, disbursements and who acted) and marking when and why. An application erased
 * already gives undefined: erasing again changes nothing. An undecided one is withdrawn first, only when the
 * request says so (a 409 otherwise); the schedule never meets one, as it erases only finished applications.
 *
 * @example
 * eraseApplication(rejected, { at, by: 'schedule', reason: 'retention-period-ended', erasureId })?.application.statement; // ''
 */
export const eraseApplication = (application: Application, request: ErasureRequest): Erasure | undefined => {
  if (application.erasure !== undefined) return undefined;
  let current = application;
  const withdrawn = current.status === 'submitted';
  if (withdrawn) {
    if (request.withdraw !== true) throw new ErasureNeedsWithdrawalError(application.applicationId);
    current = withdrawApplication(current, { by: request.by, at: request.at, reason: 'withdrawn so that its data could be erased' });
    if (request.reason === 'request-on-behalf') {
      const last = current.history.at(-1);
      if (last !== undefined) last.role = 'finance';
    }
  }
  const { describedAs: _erased, ...kept } = current;
  const erased: Application = {
    ...kept,
    groups: [],
    statement: '',
    erasure: { at: request.at, reason: request.reason },
    // Withdrawal took one version; erasure takes the next, so the write is conditional on the one read.
    version: application.version + (withdrawn ? 2 : 1),
  };
  return {
    application: erased,
    record: {
      erasureId: request.erasureId,
      applicationId: application.applicationId,
      data: 'special-category',
      fields: [...SPECIAL_CATEGORY_FIELDS],
      at: request.at,
      reason: request.reason,
      by: request.by,
      ...(request.note === undefined ? {} : { note: request.note }),
      withdrawn,
    },
  };
};
