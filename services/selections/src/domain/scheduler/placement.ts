import { dayNumber, isoDate, tryDayNumber } from './calendar.ts';
import { InvalidTimetableRequestError } from './errors.ts';
import { earliestDay, obstacle, seatReason } from './seat-window.ts';
import { TimetableWindow } from './timetable-window.ts';
import type { PlacedSelection, PlacementCheck, ScheduledEntry, SchedulingSeat, TimetableRequest, Unscheduled } from './types.ts';
import { validateRequest } from './validate.ts';

const entryAt = (seat: SchedulingSeat, startDay: number, window: TimetableWindow): ScheduledEntry => ({
  seatId: seat.seatId,
  region: seat.region,
  start: isoDate(startDay),
  week: window.weekOf(startDay),
  phases: window.phases(startDay),
  reason: seatReason(seat),
});

/** Starts per week among the placed selections, nationally and for one region; the seat itself excluded. */
const loads = (seat: SchedulingSeat, placed: readonly PlacedSelection[], window: TimetableWindow) => {
  const national = new Map<number, number>();
  const regional = new Map<number, number>();
  for (const other of placed) {
    if (other.seatId === seat.seatId) continue;
    const week = window.weekOf(dayNumber(other.start));
    national.set(week, (national.get(week) ?? 0) + 1);
    if (other.region === seat.region) regional.set(week, (regional.get(week) ?? 0) + 1);
  }
  return { national, regional };
};

/**
 * Checks a selection for `seat` starting on `start` against the scheduler's rules, with `placed` already
 * in the timetable (any selection of the same seat among them is the one being moved, so it is left out).
 * The rules: in the window, after the boundary review, not before the retirement, no phase starting in a
 * blackout, result by the deadline, room in the week nationally and in the region. Says every rule broken.
 *
 * @example
 * ```ts
 * const check = checkPlacement(seat, '2026-12-21', request, published);
 * if (!check.ok) throw new PlacementRejectedError(check.broken);
 * ```
 */
export const checkPlacement = (
  seat: SchedulingSeat,
  start: string,
  request: TimetableRequest,
  placed: readonly PlacedSelection[],
): PlacementCheck => {
  validateRequest(request, [seat]);
  if (tryDayNumber(start) === undefined) throw new InvalidTimetableRequestError([`start must be a YYYY-MM-DD date, got ${JSON.stringify(start)}`]);
  const window = new TimetableWindow(request);
  const broken: string[] = [];
  const day = dayNumber(start);
  if (day < window.fromDay) broken.push(`starts before the window opens on ${request.from}`);
  if (seat.boundaryReviewUntil !== undefined && start <= seat.boundaryReviewUntil) {
    broken.push(`starts before the boundary review ends on ${seat.boundaryReviewUntil}`);
  }
  if (seat.retirementAnnouncedOn !== undefined && start < seat.retirementAnnouncedOn) {
    broken.push(`starts before the retirement is announced on ${seat.retirementAnnouncedOn}`);
  }
  for (const { phase, day: phaseDay, blackout } of window.blackedOutPhases(day)) {
    broken.push(`${phase} would start on ${isoDate(phaseDay)}, inside blackout "${blackout.reason}"`);
  }
  const resultDay = day + window.resultOffset;
  if (resultDay > window.deadlineDay) broken.push(`result on ${isoDate(resultDay)} is after the deadline ${window.deadline}`);
  const week = window.weekOf(day);
  const { national, regional } = loads(seat, placed, window);
  const weekOf = isoDate(window.weekStartDay(week));
  const starting = national.get(week) ?? 0;
  if (starting >= request.weeklyCapacity) broken.push(`week of ${weekOf} is full (${starting} of ${request.weeklyCapacity})`);
  const regionalCap = request.regionalWeeklyCapacity;
  const inRegion = regional.get(week) ?? 0;
  if (regionalCap !== undefined && inRegion >= regionalCap) {
    broken.push(`week of ${weekOf} is full in ${seat.region} (${inRegion} of ${regionalCap})`);
  }
  return broken.length > 0 ? { ok: false, broken } : { ok: true, entry: entryAt(seat, day, window) };
};

/**
 * Slots one more seat (typically a retiring MP's) into a published timetable without moving anything in
 * it: the first valid start, in the first week with room nationally and in the region, on or after the
 * seat's earliest day (the announcement, the end of a boundary review, the window's opening) whose
 * result still meets the deadline. Otherwise says why not.
 *
 * @example
 * ```ts
 * const slotted = slotInto(seat, timetable.request, timetable.entries);
 * if ('start' in slotted) await store.addSelection(slotted);
 * ```
 */
export const slotInto = (seat: SchedulingSeat, request: TimetableRequest, published: readonly PlacedSelection[]): ScheduledEntry | Unscheduled => {
  validateRequest(request, [seat]);
  const window = new TimetableWindow(request);
  const existing = published.find(({ seatId }) => seatId === seat.seatId);
  if (existing) return { seatId: seat.seatId, reason: `already in the timetable, starting ${existing.start}` };
  const why = obstacle(seat, window);
  if (why !== undefined) return { seatId: seat.seatId, reason: why };
  const { national, regional } = loads(seat, published, window);
  const regionalCap = request.regionalWeeklyCapacity ?? Infinity;
  const earliest = earliestDay(seat, window);
  for (let week = window.weekOf(earliest); week < window.weeks; week++) {
    if ((national.get(week) ?? 0) >= request.weeklyCapacity || (regional.get(week) ?? 0) >= regionalCap) continue;
    const day = window.firstStartInWeek(week, earliest);
    if (day !== undefined) return entryAt(seat, day, window);
  }
  const firstDay = window.firstStartFrom(earliest) as number;
  return {
    seatId: seat.seatId,
    reason:
      `no room: every week from the week of ${isoDate(window.weekStartDay(window.weekOf(firstDay)))} to the week of ` +
      `${isoDate(window.weekStartDay(window.weeks - 1))} is full (${request.weeklyCapacity} a week` +
      `${request.regionalWeeklyCapacity === undefined ? '' : `, ${request.regionalWeeklyCapacity} a week in ${seat.region}`})`,
  };
};
