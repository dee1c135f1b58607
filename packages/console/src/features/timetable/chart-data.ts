import { dayNumber, isoDate, monthsBefore } from './calendar-days.ts';
import type { Timetable, TimetableEntry } from './timetable-types.ts';

/** One week of the window, as both charts and their tables show it. */
export interface ChartWeek {
  /** Week number: 0 is the week starting on the timetable's `from`. */
  readonly week: number;
  /** The week's first day, `YYYY-MM-DD`. */
  readonly weekStart: string;
  /** Selections starting (freezing) this week. */
  readonly starts: number;
  /** Of those, island seats (placed early on purpose). */
  readonly islands: number;
  /** Of those, seats held back until a boundary review ended. */
  readonly boundaryHolds: number;
  /** Of those, seats opened by a retiring MP. */
  readonly retirements: number;
  /** The blackouts touching any day of the week, by reason; empty when none. */
  readonly blackouts: readonly string[];
  /** The most selections running (freeze to result, inclusive) on any one day of the week. */
  readonly running: number;
}

/** What the charts draw, and the figures their captions and summaries state. */
export interface ChartData {
  readonly weeks: readonly ChartWeek[];
  readonly weeklyCapacity: number;
  readonly regionalWeeklyCapacity: number | undefined;
  /** The most starts in any week, and the first week it happens. */
  readonly peakStarts: { readonly count: number; readonly weekStart: string | undefined };
  /** The most running at once, and the first week it happens. */
  readonly peakRunning: { readonly count: number; readonly weekStart: string | undefined };
  /** The last day a selection may start and still have its result by the deadline. */
  readonly lastStart: string;
  /** The day every result is due by: the election less the months before. */
  readonly deadline: string;
}

// The scheduler writes why an entry landed where it did in these words (`seat-window.ts`, `seatReason`).
const isIsland = (entry: TimetableEntry) => /(^|; )island: early/.test(entry.reason);
const isBoundaryHold = (entry: TimetableEntry) => /(^|; )boundary review until /.test(entry.reason);
const isRetirement = (entry: TimetableEntry) => entry.retirementId !== undefined || /(^|; )retirement announced /.test(entry.reason);

const firstPeak = (weeks: readonly ChartWeek[], count: (week: ChartWeek) => number) => {
  let best: ChartWeek | undefined;
  for (const week of weeks) if (best === undefined || count(week) > count(best)) best = week;
  return { count: best === undefined ? 0 : count(best), weekStart: best === undefined || count(best) === 0 ? undefined : best.weekStart };
};

/**
 * Shapes a timetable's entries into weeks for its charts and their tables: starts per week (with islands,
 * boundary-review holds and retirements counted), the blackouts each week touches, and the most selections
 * running on any day of it. Weeks run from the window's opening to the week of the deadline for results,
 * so the chart shows the whole window. Only the entries are counted: the charts show what the table lists,
 * never a second schedule.
 *
 * @example
 * const { weeks, peakStarts } = chartData(timetable);
 * weeks[0]; // { week: 0, weekStart: '2027-01-04', starts: 2, islands: 1, boundaryHolds: 0, retirements: 0, blackouts: [], running: 2 }
 */
export const chartData = (timetable: Pick<Timetable, 'request' | 'entries'>): ChartData => {
  const { request, entries } = timetable;
  const fromDay = dayNumber(request.from);
  const deadline = monthsBefore(request.expectedElection, request.completeMonthsBefore);
  const { nominations, applications, shortlisting, hustingsAndBallot } = request.phaseDays;
  const lastStartDay = dayNumber(deadline) - (1 + nominations + applications + shortlisting + hustingsAndBallot);
  const lastEntryDay = Math.max(fromDay, ...entries.map((entry) => dayNumber(entry.phases.at(-1)?.end ?? entry.start)));
  const lastDay = Math.max(dayNumber(deadline), lastEntryDay);
  const count = Math.max(1, Math.ceil((lastDay - fromDay + 1) / 7));

  // Running at once: +1 on each freeze day, -1 the day after each result, summed day by day.
  const change = new Int32Array(count * 7 + 1);
  for (const entry of entries) {
    const first = dayNumber(entry.phases[0]?.start ?? entry.start) - fromDay;
    const last = dayNumber(entry.phases.at(-1)?.end ?? entry.start) - fromDay;
    change[Math.max(0, first)] = (change[Math.max(0, first)] ?? 0) + 1;
    change[Math.min(count * 7, last + 1)] = (change[Math.min(count * 7, last + 1)] ?? 0) - 1;
  }
  const runningOn = new Int32Array(count * 7);
  let running = 0;
  for (let day = 0; day < count * 7; day++) runningOn[day] = running += change[day] ?? 0;

  const weeks: ChartWeek[] = Array.from({ length: count }, (_, week) => {
    const startDay = fromDay + week * 7;
    const starting = entries.filter((entry) => entry.week === week);
    const [weekStart, weekEnd] = [isoDate(startDay), isoDate(startDay + 6)];
    return {
      week,
      weekStart,
      starts: starting.length,
      islands: starting.filter(isIsland).length,
      boundaryHolds: starting.filter(isBoundaryHold).length,
      retirements: starting.filter(isRetirement).length,
      blackouts: request.blackouts.filter((blackout) => blackout.from <= weekEnd && blackout.to >= weekStart).map((blackout) => blackout.reason),
      running: Math.max(...runningOn.subarray(week * 7, week * 7 + 7)),
    };
  });
  return {
    weeks,
    weeklyCapacity: request.weeklyCapacity,
    regionalWeeklyCapacity: request.regionalWeeklyCapacity,
    peakStarts: firstPeak(weeks, (week) => week.starts),
    peakRunning: firstPeak(weeks, (week) => week.running),
    lastStart: isoDate(lastStartDay),
    deadline,
  };
};
