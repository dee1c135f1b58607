import type { ActiveRetirement, Retirement, RetirementStatus } from './retirement.ts';

/** Which retirements of the register to list; an absent filter lets all through. */
export interface RegisterFilter {
  status?: RetirementStatus | undefined;
  seatId?: string | undefined;
}

const byAnnouncement = (a: Retirement, b: Retirement): number =>
  a.announcedOn.localeCompare(b.announcedOn) || a.recordedAt.localeCompare(b.recordedAt) || a.retirementId.localeCompare(b.retirementId);

/** The register's retirements that match the filter, in the order they were announced. */
export const filterRegister = (retirements: readonly Retirement[], filter: RegisterFilter): Retirement[] =>
  retirements
    .filter((retirement) => filter.status === undefined || retirement.status === filter.status)
    .filter((retirement) => filter.seatId === undefined || retirement.seatId === filter.seatId)
    .sort(byAnnouncement);

/** A member of the emeritus committee. */
export interface CommitteeMember {
  mpId: string;
  mpName: string;
  seatId: string;
  retirementId: string;
  /** The day the MP announced early, which earned the place; HQ may have recorded it later. */
  joinedOn: string;
}

/** The current emeritus committee: MPs whose early announcement stands (eligible, not withdrawn), longest-serving first. */
export const committeeOf = (retirements: readonly Retirement[]): CommitteeMember[] =>
  retirements
    .filter((retirement): retirement is ActiveRetirement => retirement.status === 'active' && retirement.emeritusEligible)
    .sort(byAnnouncement)
    .map(({ mpId, mpName, seatId, retirementId, announcedOn }) => ({ mpId, mpName, seatId, retirementId, joinedOn: announcedOn }));
