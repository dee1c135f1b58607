import { dayNumber, isoDate } from './calendar.ts';
import { paceWeeks } from './drumbeat.ts';
import { lowestPeak } from './lower-bound.ts';
import { comparePreference, earliestDay, obstacle, seatReason } from './seat-window.ts';
import { TimetableWindow } from './timetable-window.ts';
import type { PhaseDays, Schedule, ScheduledEntry, SchedulingSeat, TimetableRequest, Unscheduled } from './types.ts';
import { validateRequest } from './validate.ts';
import { WeekFlow } from './week-flow.ts';

export const DEFAULT_PHASE_DAYS: PhaseDays = Object.freeze({ nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 });

interface Candidate {
  seat: SchedulingSeat;
  earliest: number;
  release: number;
  group: number;
  island: boolean;
}

/**
 * Plans one selection per seat, deterministically.
 *
 * 1. A seat with no valid start at all (boundary review or retirement too late, blackouts) is unscheduled
 *    with that reason. Every other seat may start in any usable week from its release week (the first week
 *    holding a valid start on or after its earliest day) to the last start week.
 * 2. Which seats fit within the weekly (and regional) capacity: seats are added in preference order
 *    (islands, priority, majority, seatId), each kept if a schedule of all kept seats exists. Schedulable
 *    sets of seats form a matroid (a gammoid), so this greedy keeps as many seats as any schedule could,
 *    and of those the most preferred; the rest are unscheduled, saying the weeks were full.
 * 3. The lower bound: the smallest weekly peak that still fits the kept seats (see `lower-bound.ts`).
 * 4. Weeks, with that peak as the cap, paced evenly across the window (see `drumbeat.ts`); then each seat's
 *    day, the first valid start in its week on or after its earliest day.
 *
 * Throws InvalidTimetableRequestError when a date, count or seat cannot be read.
 */
export const scheduleSelections = (seats: SchedulingSeat[], request: TimetableRequest): Schedule => {
  validateRequest(request, seats);
  const window = new TimetableWindow(request);
  const ordered = [...seats].sort(comparePreference);
  const unscheduled: Unscheduled[] = [];
  const regionalCap = request.regionalWeeklyCapacity;
  // A regional cap at or above the national one never binds, and one group keeps the flow small.
  const byRegion = regionalCap !== undefined && regionalCap < request.weeklyCapacity;
  const regions = byRegion ? [...new Set(seats.map((seat) => seat.region))].sort() : [];
  const groupOf = new Map(regions.map((region, i) => [region, i]));

  const candidates: Candidate[] = [];
  for (const seat of ordered) {
    const why = obstacle(seat, window);
    if (why !== undefined) {
      unscheduled.push({ seatId: seat.seatId, reason: why });
      continue;
    }
    const earliest = earliestDay(seat, window);
    const release = window.weekOf(window.firstStartFrom(earliest) as number);
    candidates.push({ seat, earliest, release, group: groupOf.get(seat.region) ?? 0, island: seat.island });
  }

  const usable = Uint8Array.from({ length: window.weeks }, (_, w) => (window.firstStartInWeek(w, -Infinity) === undefined ? 0 : 1));
  const groups = Math.max(1, regions.length);
  const groupCap = byRegion ? (regionalCap as number) : request.weeklyCapacity;
  const full = new WeekFlow(groups, usable, request.weeklyCapacity, groupCap);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (full.route(c.group, c.release)) kept.push(c);
    else unscheduled.push({ seatId: c.seat.seatId, reason: noRoomReason(c, full, window, byRegion) });
  }

  const { peak, flow } = lowestPeak(kept, groups, usable, groupCap, { peak: request.weeklyCapacity, flow: full });
  const weeks = paceWeeks(kept, flow, peak, usable);
  const entries: ScheduledEntry[] = kept.map((c, i) => {
    const week = weeks[i] as number;
    const startDay = window.firstStartInWeek(week, c.earliest) as number;
    return { seatId: c.seat.seatId, region: c.seat.region, start: isoDate(startDay), week, phases: window.phases(startDay), reason: seatReason(c.seat) };
  });
  entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.seatId < b.seatId ? -1 : 1));
  unscheduled.sort((a, b) => (a.seatId < b.seatId ? -1 : 1));
  return {
    entries,
    stats: {
      scheduled: entries.length,
      unscheduled,
      peakWeeklyStarts: peakWeeklyStarts(entries),
      peakConcurrent: peakConcurrent(entries),
      lowerBound: peak,
    },
  };
};

/** Why a seat that could start on its own found no week: the weeks it may use are taken by seats ranked ahead. */
const noRoomReason = (c: Candidate, flow: WeekFlow, window: TimetableWindow, byRegion: boolean): string => {
  const { weeklyCapacity, regionalWeeklyCapacity } = window.request;
  const first = isoDate(window.weekStartDay(c.release));
  const last = isoDate(window.weekStartDay(window.weeks - 1));
  let nationalRoom = false;
  for (let t = c.release; t < window.weeks; t++) if ((flow.weekLoad[t] as number) < (flow.nationalCap[t] as number)) nationalRoom = true;
  return nationalRoom && byRegion
    ? `no room: every week from the week of ${first} to the week of ${last} is at the weekly capacity (${weeklyCapacity}) ` +
        `or at the ${c.seat.region} regional capacity (${regionalWeeklyCapacity}) with seats ranked ahead of it`
    : `no room: every week from the week of ${first} to the week of ${last} is at the weekly capacity (${weeklyCapacity}) with seats ranked ahead of it`;
};

const peakWeeklyStarts = (entries: readonly ScheduledEntry[]): number => {
  const perWeek = new Map<number, number>();
  let peak = 0;
  for (const { week } of entries) {
    const count = (perWeek.get(week) ?? 0) + 1;
    perWeek.set(week, count);
    peak = Math.max(peak, count);
  }
  return peak;
};

/** The most selections running on one day, from freeze to result inclusive: a sweep over start and end days. */
const peakConcurrent = (entries: readonly ScheduledEntry[]): number => {
  const changes: [number, number][] = [];
  for (const { phases } of entries) {
    changes.push([dayNumber((phases[0] as { start: string }).start), 1]);
    changes.push([dayNumber((phases[phases.length - 1] as { end: string }).end) + 1, -1]);
  }
  // At the same day, an end (-1) comes before a start (+1): a selection ending the day before another starts does not overlap it.
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let peak = 0;
  for (const [, change] of changes) {
    running += change;
    peak = Math.max(peak, running);
  }
  return peak;
};
