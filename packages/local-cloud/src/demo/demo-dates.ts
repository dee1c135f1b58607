import { addDays, addMonths, nextWeekday } from './calendar-dates.ts';

/** The dates the demo data set hangs on, all relative to the day it is loaded. */
export interface DemoDates {
  today: string;
  /** The first selections may start: the Monday after today. */
  timetableFrom: string;
  /** The next general election, as HQ staff expect it: the first Thursday 30 months or more from today. */
  expectedElection: string;
  /** The first day donations were received: a year ago. */
  firstDonationOn: string;
  /** The levy rate starts on the first of the month before the first donation. */
  levyFrom: string;
}

const MONDAY = 1;
const THURSDAY = 4;

/**
 * The demo's calendar for a given day: a timetable from next Monday to an election about two and a half
 * years on (British general elections are on Thursdays), and a year of donations before today.
 *
 * @example
 * demoDates('2026-12-01');
 * // { today: '2026-12-01', timetableFrom: '2026-12-07', expectedElection: '2029-06-07', firstDonationOn: '2025-12-02', levyFrom: '2025-11-01' }
 */
export const demoDates = (today: string): DemoDates => {
  const firstDonationOn = addDays(addMonths(today, -12), 1);
  return {
    today,
    timetableFrom: nextWeekday(today, MONDAY),
    expectedElection: nextWeekday(addDays(addMonths(today, 30), -1), THURSDAY),
    firstDonationOn,
    levyFrom: `${addMonths(firstDonationOn, -1).slice(0, 7)}-01`,
  };
};
