import type { Application, DiversityGroup, GrantPurpose } from './application.ts';

/**
 * One cell of the aggregate that keeps the diversity report true after erasure: what the erased
 * applications of one submission month, group and purpose added to the report's by-group rows. Counts and
 * sums over applications, never an application's id or a candidate's: it identifies no one, and it is shown
 * only through the report's small-cell suppression.
 */
export interface ErasedGroupTally {
  /** `YYYY-MM` of submission: the report's month ranges read it. */
  month: string;
  group: DiversityGroup;
  purpose: GrantPurpose;
  applications: number;
  requestedPence: number;
  approved: number;
  approvedPence: number;
  paid: number;
  disbursedPence: number;
}

/**
 * What one application adds to each of its groups' rows, as the report counts it (an approval net of what
 * was returned; paid once any disbursement was made). Taken from the application just before its groups
 * are erased, and added to the aggregate in the same transaction as the erasure.
 *
 * @example
 * groupContributions(rejectedWomanChildcare); // [{ month: '2026-06', group: 'women', purpose: 'childcare', applications: 1, ... }]
 */
export const groupContributions = (application: Application): ErasedGroupTally[] =>
  application.groups.map((group) => ({
    month: application.submittedAt.slice(0, 7),
    group,
    purpose: application.purpose,
    applications: 1,
    requestedPence: application.amountRequestedPence,
    approved: application.approvedPence > 0 ? 1 : 0,
    approvedPence: application.approvedPence > 0 ? application.approvedPence - application.releasedPence : 0,
    paid: application.disbursedPence > 0 ? 1 : 0,
    disbursedPence: application.disbursedPence,
  }));
