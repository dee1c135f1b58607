import { dayNumber, isoDate } from './calendar.ts';
import type { TimetableWindow } from './timetable-window.ts';
import type { SchedulingSeat } from './types.ts';

/** The first day this seat's selection may start: the window opens, the boundary review ends, the MP retires. */
export const earliestDay = (seat: SchedulingSeat, window: TimetableWindow): number =>
  Math.max(
    window.fromDay,
    seat.boundaryReviewUntil === undefined ? -Infinity : dayNumber(seat.boundaryReviewUntil) + 1,
    seat.retirementAnnouncedOn === undefined ? -Infinity : dayNumber(seat.retirementAnnouncedOn),
  );

/** Why this seat cannot start on any day of the window, whatever else is scheduled; undefined if it can. */
export const obstacle = (seat: SchedulingSeat, window: TimetableWindow): string | undefined => {
  const { deadline } = window;
  const latest = isoDate(window.latestStartDay);
  if (window.latestStartDay < window.fromDay) {
    return (
      `no start from ${window.request.from} lets the result (${window.resultOffset} days after the start) ` +
      `land on or before the deadline ${deadline}`
    );
  }
  const earliest = earliestDay(seat, window);
  if (earliest > window.latestStartDay) {
    const boundaryEnds = seat.boundaryReviewUntil === undefined ? -Infinity : dayNumber(seat.boundaryReviewUntil) + 1;
    return boundaryEnds === earliest
      ? `boundary review until ${seat.boundaryReviewUntil} leaves no time: the last start that meets the deadline ${deadline} is ${latest}`
      : `retirement announced ${seat.retirementAnnouncedOn} is too late: the last start that meets the deadline ${deadline} is ${latest}`;
  }
  if (window.firstStartFrom(earliest) === undefined) {
    return `every start from ${isoDate(earliest)} to ${latest} puts a phase start inside a blackout`;
  }
  return undefined;
};

/** Why a selection for this seat starts where it does, in words: the seat's own facts that ordered it. */
export const seatReason = (seat: SchedulingSeat): string => {
  const parts: string[] = [];
  if (seat.island) parts.push('island: early');
  if (seat.boundaryReviewUntil !== undefined) parts.push(`boundary review until ${seat.boundaryReviewUntil}`);
  if (seat.retirementAnnouncedOn !== undefined) parts.push(`retirement announced ${seat.retirementAnnouncedOn}`);
  parts.push(`priority ${seat.priority}, ${seat.majority === null ? 'majority unknown' : `majority ${seat.majority}`}`);
  return parts.join('; ');
};

/**
 * Who goes first when there is a choice: islands, then higher priority, then smaller majority (unknown
 * last), then seatId so that the order never depends on the input's order.
 */
export const comparePreference = (a: SchedulingSeat, b: SchedulingSeat): number =>
  Number(b.island) - Number(a.island) ||
  a.priority - b.priority ||
  (a.majority ?? Infinity) - (b.majority ?? Infinity) ||
  (a.seatId < b.seatId ? -1 : a.seatId > b.seatId ? 1 : 0);
