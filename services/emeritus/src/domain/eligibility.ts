import { monthsBefore } from './calendar.ts';
import { ElectionNotAfterAnnouncementError } from './errors.ts';
import type { ElectionDate } from './settings.ts';

/** Whether an announcement earns a place on the emeritus committee, and why. */
export interface Eligibility {
  emeritusEligible: boolean;
  /** The last day an announcement counted as early: `earlyAnnouncementMonths` before the election. */
  earlyAnnouncementDeadline: string;
  eligibilityReason: string;
}

/**
 * Judges an announcement early (and so emeritus-eligible) when it came on or before the day
 * `earlyAnnouncementMonths` calendar months before the expected election (see `monthsBefore` for the
 * ends of months). Throws {@link ElectionNotAfterAnnouncementError} when the election is not after the
 * announcement: such an announcement is for an election we do not know the date of.
 *
 * @example
 * judgeEligibility('2028-05-03', { expectedElectionOn: '2029-05-03', source: 'settings' }, 12).emeritusEligible; // true
 */
export const judgeEligibility = (announcedOn: string, election: ElectionDate, earlyAnnouncementMonths: number): Eligibility => {
  const { expectedElectionOn, source } = election;
  if (expectedElectionOn <= announcedOn) throw new ElectionNotAfterAnnouncementError(announcedOn, expectedElectionOn, source);
  const deadline = monthsBefore(expectedElectionOn, earlyAnnouncementMonths);
  const emeritusEligible = announcedOn <= deadline;
  const months = earlyAnnouncementMonths === 1 ? '1 month' : `${earlyAnnouncementMonths} months`;
  const basis = `${deadline}, ${months} before the expected general election on ${expectedElectionOn}`;
  return {
    emeritusEligible,
    earlyAnnouncementDeadline: deadline,
    eligibilityReason: emeritusEligible
      ? `announced early: on ${announcedOn}, on or before ${basis}`
      : `announced late: on ${announcedOn}, after ${basis}`,
  };
};
