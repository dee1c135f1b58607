import type { Application, HistoryEntry } from './application.ts';
import { remainingPence } from './application.ts';

/** Who the candidate is told considered, paid or cancelled their grant: the body, never a member of staff. */
export const PANEL = 'Diversity Fund panel';

/** A step of the story as it is shown: the five fields, and the amount where one moved. */
export interface HistoryView {
  at: string;
  by: string;
  action: HistoryEntry['action'];
  outcome: HistoryEntry['outcome'];
  reason: string | null;
  amountPence: number | null;
}

const historyView = ({ at, action, outcome, reason, amountPence }: HistoryEntry, by: string): HistoryView => ({ at, by, action, outcome, reason, amountPence });

/** The history as the candidate reads it: their own steps are `you`, finance's are the panel's. */
export const candidateHistory = (history: readonly HistoryEntry[]): HistoryView[] =>
  history.map((entry) => historyView(entry, entry.role === 'candidate' ? 'you' : PANEL));

/** The history as finance reads it, with the id of whoever took each step. */
export const financeHistory = (history: readonly HistoryEntry[]): HistoryView[] => history.map((entry) => historyView(entry, entry.by));

/** What the applicant sees of their own application: everything they gave, and the story, but no staff ids. */
export const candidateView = (application: Application) => ({
  applicationId: application.applicationId,
  seatId: application.seatId,
  seatName: application.seatName,
  groups: application.groups,
  ...(application.describedAs === undefined ? {} : { describedAs: application.describedAs }),
  purpose: application.purpose,
  amountRequestedPence: application.amountRequestedPence,
  statement: application.statement,
  status: application.status,
  submittedAt: application.submittedAt,
  approvedPence: application.approvedPence,
  disbursedPence: application.disbursedPence,
  remainingPence: remainingPence(application),
  history: candidateHistory(application.history),
  ...(application.erasure === undefined ? {} : { erasure: application.erasure }),
});

/** One line of finance's list: no statement or history (read the application for those). */
export const financeSummary = (application: Application) => ({
  applicationId: application.applicationId,
  candidateId: application.candidateId,
  seatId: application.seatId,
  seatName: application.seatName,
  region: application.region,
  groups: application.groups,
  purpose: application.purpose,
  amountRequestedPence: application.amountRequestedPence,
  status: application.status,
  submittedAt: application.submittedAt,
  ...(application.decidedAt === undefined ? {} : { decidedAt: application.decidedAt, decidedBy: application.decidedBy }),
  approvedPence: application.approvedPence,
  disbursedPence: application.disbursedPence,
  releasedPence: application.releasedPence,
  remainingPence: remainingPence(application),
});

/** The whole application, for finance: who did what, and each disbursement. */
export const financeView = (application: Application) => ({
  ...financeSummary(application),
  selectionId: application.selectionId,
  ...(application.describedAs === undefined ? {} : { describedAs: application.describedAs }),
  statement: application.statement,
  disbursements: application.disbursements.map(({ disbursementId, amountPence, paidOn, at, by, movementId }) => ({ disbursementId, amountPence, paidOn, at, by, movementId })),
  history: financeHistory(application.history),
  ...(application.erasure === undefined ? {} : { erasure: application.erasure }),
});
