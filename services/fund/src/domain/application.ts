import { GrantPurpose, GssCode, PlainText, PositivePence, SingleLineText } from '@platform/events';
import * as z from 'zod';
import type { ApplicationAction } from './errors.ts';
import {
  ApplicationStatusError,
  ApprovalExceedsRequestError,
  DisbursementConflictError,
  DisbursementExceedsGrantError,
  DisbursementLimitError,
  FourEyesError,
  ApplicationLimitError,
  OwnApplicationError,
} from './errors.ts';
import type { ErasureMarker } from './erasure.ts';
import type { ScheduledSelection } from './selection-view.ts';

/**
 * The groups under-represented in Parliament that a candidate may self-identify with. Which of them an
 * applicant chose (and `describedAs`) is special category personal data: it is stored only in the fund's
 * table and shown only to the applicant and to finance; never logged, never in an event or error message.
 */
export const diversityGroups = ['women', 'black-asian-minority-ethnic', 'disabled', 'working-class-low-income', 'lgbt-plus', 'prefer-to-describe'] as const;
export const DiversityGroup = z.enum(diversityGroups);
export type DiversityGroup = z.infer<typeof DiversityGroup>;

export type GrantPurpose = z.infer<typeof GrantPurpose>;
export const grantPurposes = GrantPurpose.options;

export const applicationStatuses = ['submitted', 'withdrawn', 'rejected', 'approved', 'disbursed', 'cancelled'] as const;
export const ApplicationStatus = z.enum(applicationStatuses);
/** `submitted` until decided; `approved` until fully paid (`disbursed`) or its approval is `cancelled`. */
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/**
 * A sanity bound on one request, far above any real grant: it keeps every amount, in the ledger's
 * 1/10,000 p units, a safe integer.
 */
export const MAX_REQUEST_PENCE = 10_000_000;

/**
 * The most payments one grant is made in. An application is one DynamoDB item (400 KB at most) that keeps
 * every disbursement and a history entry for each, so it grows with every payment: unbounded, a grant of
 * £100,000 paid 1p at a time would overflow it. A grant pays a campaign's costs (deposit, print, travel,
 * care), which finance pays in a handful of instalments; 50 is far beyond that. At 50 the largest
 * application (a 5,000-character statement, 128-character ids, 2,000-character reasons, all in 3-byte
 * characters) is about 55 KB: `application.test.ts` builds it and measures it.
 */
export const MAX_DISBURSEMENTS_PER_GRANT = 50;

/**
 * The most applications one candidate may make. A candidate applies for support in the seats whose
 * selections they stand in, a handful in a Parliament; and `GET /fund/applications/mine` answers every one
 * with its statement and history (up to some 50 KB each), within the 6 MB a Lambda function may answer.
 */
export const MAX_APPLICATIONS_PER_CANDIDATE = 50;

/** Refuses another application from a candidate who has made as many as they may. */
export const requireRoomForApplication = (candidateId: string, existing: number): void => {
  if (existing >= MAX_APPLICATIONS_PER_CANDIDATE) throw new ApplicationLimitError(candidateId, MAX_APPLICATIONS_PER_CANDIDATE);
};

/** What a candidate sends to apply (`POST /fund/applications`). */
export const ApplicationRequest = z
  .object({
    seatId: GssCode,
    groups: z.array(DiversityGroup).min(1, 'choose at least one group').max(diversityGroups.length),
    /** Required with `prefer-to-describe`, and only then. */
    describedAs: SingleLineText(200).optional(),
    purpose: GrantPurpose,
    amountRequestedPence: PositivePence.max(MAX_REQUEST_PENCE),
    statement: PlainText(5_000),
  })
  .strict()
  .superRefine((request, context) => {
    // Messages name the rule, never the values: they are echoed in the 400.
    if (new Set(request.groups).size !== request.groups.length) context.addIssue({ code: 'custom', path: ['groups'], message: 'each group may be chosen once' });
    const describes = request.groups.includes('prefer-to-describe');
    if (describes && request.describedAs === undefined) {
      context.addIssue({ code: 'custom', path: ['describedAs'], message: 'required when prefer-to-describe is chosen: describe it in your own words' });
    }
    if (!describes && request.describedAs !== undefined) {
      context.addIssue({ code: 'custom', path: ['describedAs'], message: 'only given with prefer-to-describe' });
    }
  });
export type ApplicationRequest = z.infer<typeof ApplicationRequest>;

/** Who took a step: the applicant, or a member of finance staff acting for the Diversity Fund panel. */
export type ActorRole = 'candidate' | 'finance';

export type HistoryAction = 'submitted' | 'withdrawn' | 'considered' | 'disbursed' | 'approval-cancelled';
export type HistoryOutcome = 'awaiting-decision' | 'withdrawn' | 'approved' | 'rejected' | 'paid' | 'cancelled';

/** One step in the story of an application, as stored: `by` is the id of whoever took it. */
export interface HistoryEntry {
  at: string;
  by: string;
  role: ActorRole;
  action: HistoryAction;
  outcome: HistoryOutcome;
  /** Why a decision said no, or an approval was cancelled, or the candidate withdrew (when they said). */
  reason: string | null;
  /** The amount approved, paid or returned to the fund. */
  amountPence: number | null;
}

export interface Disbursement {
  disbursementId: string;
  amountPence: number;
  /** The date in the fund's books. */
  paidOn: string;
  at: string;
  by: string;
  movementId: string;
}

export interface Application {
  applicationId: string;
  /** The candidate's id: the `sub` of their token. */
  candidateId: string;
  seatId: string;
  seatName: string;
  selectionId: string;
  /** The seat's region, from the fund's view of the selection at submission: for the diversity report. */
  region: string;
  /** Special category data. */
  groups: DiversityGroup[];
  /** Special category data. */
  describedAs?: string;
  purpose: GrantPurpose;
  amountRequestedPence: number;
  /** Special category data. */
  statement: string;
  status: ApplicationStatus;
  /** Counts the changes; every write is conditional on the version read, so a change applies once. */
  version: number;
  submittedAt: string;
  decidedAt?: string;
  /** The finance user who decided; for an approval, the one who may not pay it out. */
  decidedBy?: string;
  /** 0 until approved; the amount committed from the fund. */
  approvedPence: number;
  disbursedPence: number;
  /** Committed and never paid, returned to the fund when the approval was cancelled. */
  releasedPence: number;
  disbursements: Disbursement[];
  history: HistoryEntry[];
  /**
   * Set once the special category fields were erased (by the retention schedule or on request): `groups` is
   * then empty, `statement` empty and `describedAs` absent.
   */
  erasure?: ErasureMarker;
}

/** How a change moves grant money in the fund's ledger, in the same transaction as the application. */
export interface LedgerStep {
  kind: 'commit' | 'disburse' | 'release';
  amountPence: number;
  effectiveOn: string;
  postedAt: string;
  movementId: string;
  disbursementId?: string;
}

/** An application changed by one step, and the ledger movement that goes with it, if any. */
export interface ApplicationChange {
  application: Application;
  ledger?: LedgerStep;
}

/** When and by whom a step is taken; `movementId` names the ledger movement it may post. */
export interface StepContext {
  by: string;
  at: string;
  movementId: string;
}

/** What is committed and not yet paid or returned. */
export const remainingPence = (application: Application): number =>
  application.approvedPence - application.disbursedPence - application.releasedPence;

const withStep = (application: Application, changes: Partial<Application>, entry: Omit<HistoryEntry, 'reason' | 'amountPence'> & Partial<HistoryEntry>): Application => ({
  ...application,
  ...changes,
  version: application.version + 1,
  history: [...application.history, { reason: null, amountPence: null, ...entry }],
});

const requireStatus = (application: Application, status: ApplicationStatus, action: ApplicationAction) => {
  if (application.status !== status) throw new ApplicationStatusError(application.applicationId, application.status, action);
};

const notOwn = (application: Application, by: string) => {
  if (application.candidateId === by) throw new OwnApplicationError(application.applicationId);
};

/** A new application for the selection open in its seat (see `openSelectionIn`). */
export const submitApplication = (
  request: ApplicationRequest,
  { applicationId, candidateId, selection, at }: { applicationId: string; candidateId: string; selection: ScheduledSelection; at: string },
): Application => ({
  applicationId,
  candidateId,
  seatId: request.seatId,
  seatName: selection.seatName,
  selectionId: selection.selectionId,
  region: selection.region,
  groups: request.groups,
  ...(request.describedAs === undefined ? {} : { describedAs: request.describedAs }),
  purpose: request.purpose,
  amountRequestedPence: request.amountRequestedPence,
  statement: request.statement,
  status: 'submitted',
  version: 1,
  submittedAt: at,
  approvedPence: 0,
  disbursedPence: 0,
  releasedPence: 0,
  disbursements: [],
  history: [{ at, by: candidateId, role: 'candidate', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: request.amountRequestedPence }],
});

/** The candidate withdraws an application not yet decided. Ownership is the caller's to check (a 404). */
export const withdrawApplication = (application: Application, { by, at, reason }: { by: string; at: string; reason?: string }): Application => {
  requireStatus(application, 'submitted', 'withdraw');
  return withStep(application, { status: 'withdrawn' }, { at, by, role: 'candidate', action: 'withdrawn', outcome: 'withdrawn', reason: reason ?? null });
};

export type Decision = { decision: 'approve'; amountPence: number } | { decision: 'reject'; reason: string };

/**
 * Finance decides, once. An approval (of the amount requested or less) commits that much from the fund,
 * which the ledger refuses if the fund cannot cover it; a rejection gives the reason the candidate sees.
 */
export const decideApplication = (application: Application, decision: Decision, { by, at, movementId }: StepContext): ApplicationChange => {
  notOwn(application, by);
  requireStatus(application, 'submitted', 'decide');
  const decided = { decidedAt: at, decidedBy: by };
  if (decision.decision === 'reject') {
    return {
      application: withStep(application, { ...decided, status: 'rejected' }, { at, by, role: 'finance', action: 'considered', outcome: 'rejected', reason: decision.reason }),
    };
  }
  if (decision.amountPence > application.amountRequestedPence) throw new ApprovalExceedsRequestError(decision.amountPence, application.amountRequestedPence);
  return {
    application: withStep(
      application,
      { ...decided, status: 'approved', approvedPence: decision.amountPence },
      { at, by, role: 'finance', action: 'considered', outcome: 'approved', amountPence: decision.amountPence },
    ),
    ledger: { kind: 'commit', amountPence: decision.amountPence, effectiveOn: at.slice(0, 10), postedAt: at, movementId },
  };
};

/**
 * The disbursement already made under this id, when a request is retried: the same amount again is that
 * disbursement; another amount is a conflict.
 */
export const earlierDisbursement = (application: Application, { disbursementId, amountPence }: { disbursementId: string; amountPence: number }): Disbursement | undefined => {
  const earlier = application.disbursements.find((disbursement) => disbursement.disbursementId === disbursementId);
  if (earlier !== undefined && earlier.amountPence !== amountPence) throw new DisbursementConflictError(application.applicationId, disbursementId);
  return earlier;
};

/**
 * Pays part or all of what is still committed to an approved grant. Four eyes: the finance user who
 * approved it may not pay it. Paying the last of it makes the application `disbursed`.
 */
export const disburseGrant = (
  application: Application,
  { disbursementId, amountPence }: { disbursementId: string; amountPence: number },
  { by, at, movementId }: StepContext,
): ApplicationChange => {
  notOwn(application, by);
  requireStatus(application, 'approved', 'disburse');
  if (application.decidedBy === by) throw new FourEyesError(application.applicationId, by);
  const remaining = remainingPence(application);
  if (application.disbursements.length >= MAX_DISBURSEMENTS_PER_GRANT) {
    throw new DisbursementLimitError(application.applicationId, MAX_DISBURSEMENTS_PER_GRANT, remaining);
  }
  if (amountPence > remaining) throw new DisbursementExceedsGrantError(application.applicationId, amountPence, remaining);
  const paidOn = at.slice(0, 10);
  return {
    application: withStep(
      application,
      {
        status: amountPence === remaining ? 'disbursed' : 'approved',
        disbursedPence: application.disbursedPence + amountPence,
        disbursements: [...application.disbursements, { disbursementId, amountPence, paidOn, at, by, movementId }],
      },
      { at, by, role: 'finance', action: 'disbursed', outcome: 'paid', amountPence },
    ),
    ledger: { kind: 'disburse', amountPence, effectiveOn: paidOn, postedAt: at, movementId, disbursementId },
  };
};

/** Cancels an approval: what was committed and not yet paid returns to the fund. What was paid stays paid. */
export const cancelApproval = (application: Application, { reason }: { reason: string }, { by, at, movementId }: StepContext): ApplicationChange => {
  notOwn(application, by);
  requireStatus(application, 'approved', 'cancel-approval');
  const released = remainingPence(application);
  return {
    application: withStep(
      application,
      { status: 'cancelled', releasedPence: application.releasedPence + released },
      { at, by, role: 'finance', action: 'approval-cancelled', outcome: 'cancelled', reason, amountPence: released },
    ),
    ledger: { kind: 'release', amountPence: released, effectiveOn: at.slice(0, 10), postedAt: at, movementId },
  };
};
