import type { DemoDates } from './demo-dates.ts';

/** The body of `POST /selections/timetables` (see services/selections/src/domain/timetable.ts). */
export interface DemoTimetableRequest {
  from: string;
  expectedElection: string;
  completeMonthsBefore: number;
  weeklyCapacity: number;
  regionalWeeklyCapacity: number;
  blackouts: { from: string; to: string; reason: string }[];
}

/**
 * The timetable HQ staff draft: every selection done a year before the election, at most eight starting
 * in a week and two in a region, and no phase starting over Christmas and New Year (20 December to
 * 3 January) in any year the window spans.
 *
 * @example
 * demoTimetableRequest(demoDates('2026-12-01')).blackouts[0];
 * // { from: '2026-12-20', to: '2027-01-03', reason: 'Christmas and New Year' }
 */
export const demoTimetableRequest = (dates: DemoDates): DemoTimetableRequest => {
  const firstYear = Number(dates.timetableFrom.slice(0, 4)) - 1;
  const lastYear = Number(dates.expectedElection.slice(0, 4));
  const blackouts = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index)
    .map((year) => ({ from: `${year}-12-20`, to: `${year + 1}-01-03`, reason: 'Christmas and New Year' }))
    // Only those the window reaches: one over before the first selection could start says nothing.
    .filter((blackout) => blackout.to >= dates.timetableFrom && blackout.from < dates.expectedElection);
  return {
    from: dates.timetableFrom,
    expectedElection: dates.expectedElection,
    completeMonthsBefore: 12,
    weeklyCapacity: 8,
    regionalWeeklyCapacity: 2,
    blackouts,
  };
};
