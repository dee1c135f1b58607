import { formatCalendarDate } from '../../components/fields/date-parts.ts';

/** What the judgement of a retirement rests on, as the API answers it. */
export interface EligibilityFacts {
  announcedOn: string;
  expectedElectionOn: string;
  earlyAnnouncementMonths: number;
  earlyAnnouncementDeadline: string;
  emeritusEligible: boolean;
}

/**
 * Why a retirement does or does not earn a place on the emeritus committee, in a sentence with dates as people
 * write them. Made here from the facts rather than shown from the API's `eligibilityReason`, which is written
 * for logs and other programs (ISO dates, lower case).
 *
 * @example
 * eligibilityInWords({ announcedOn: '2027-03-01', expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, earlyAnnouncementDeadline: '2028-05-03', emeritusEligible: true });
 * // 'Announced early: on 1 March 2027, on or before 3 May 2028, 12 months before the expected general election on 3 May 2029.'
 */
export const eligibilityInWords = (facts: EligibilityFacts): string => {
  const months = facts.earlyAnnouncementMonths === 1 ? '1 month' : `${facts.earlyAnnouncementMonths} months`;
  const basis = `${formatCalendarDate(facts.earlyAnnouncementDeadline)}, ${months} before the expected general election on ${formatCalendarDate(facts.expectedElectionOn)}`;
  return facts.emeritusEligible
    ? `Announced early: on ${formatCalendarDate(facts.announcedOn)}, on or before ${basis}.`
    : `Announced late: on ${formatCalendarDate(facts.announcedOn)}, after ${basis}.`;
};
