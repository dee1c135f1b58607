import { dayNumber, isoDate, monthsBefore } from './calendar.ts';
import type { Blackout, Phase, PhaseName, TimetableRequest } from './types.ts';

/** The six phases in order; each but the last lasts the days given (freeze and result: one day each). */
const PHASE_NAMES: readonly PhaseName[] = ['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'];

/** A phase start that falls inside a blackout. */
export interface BlackedOutPhase {
  phase: PhaseName;
  day: number;
  blackout: Blackout;
}

/**
 * What a timetable request means in day numbers, worked out once: the deadline, the phase offsets, the
 * last start that meets the deadline, and for every day of the window whether a selection may start on it
 * (no phase start in a blackout, result by the deadline). None of this depends on the seat.
 */
export class TimetableWindow {
  readonly request: TimetableRequest;
  readonly fromDay: number;
  readonly deadline: string;
  readonly deadlineDay: number;
  /** Days from the start (freeze) to the start of each phase; the last is the result day. */
  readonly phaseOffsets: readonly number[];
  readonly resultOffset: number;
  /** The last start whose result is on or before the deadline. */
  readonly latestStartDay: number;
  /** Weeks from `from` that hold any day up to the latest start; 0 when even `from` is too late. */
  readonly weeks: number;
  readonly #validStart: Uint8Array;

  constructor(request: TimetableRequest) {
    this.request = request;
    this.fromDay = dayNumber(request.from);
    this.deadline = monthsBefore(request.expectedElection, request.completeMonthsBefore);
    this.deadlineDay = dayNumber(this.deadline);
    const { nominations, applications, shortlisting, hustingsAndBallot } = request.phaseDays;
    let offset = 0;
    const offsets = [0];
    for (const days of [1, nominations, applications, shortlisting, hustingsAndBallot]) offsets.push((offset += days));
    this.phaseOffsets = offsets;
    this.resultOffset = offset;
    this.latestStartDay = this.deadlineDay - this.resultOffset;
    const span = Math.max(0, this.latestStartDay - this.fromDay + 1);
    this.weeks = Math.ceil(span / 7);
    this.#validStart = this.#validStarts(span);
  }

  /** A start day is valid when it is in the window, meets the deadline and puts no phase start in a blackout. */
  #validStarts(span: number): Uint8Array {
    // Mark blacked-out days from the window's first day to its last possible result, then test each start.
    const last = this.deadlineDay;
    const blackedOut = new Uint8Array(Math.max(0, last - this.fromDay + 1));
    for (const { from, to } of this.request.blackouts) {
      const a = Math.max(dayNumber(from), this.fromDay);
      const b = Math.min(dayNumber(to), last);
      for (let day = a; day <= b; day++) blackedOut[day - this.fromDay] = 1;
    }
    const valid = new Uint8Array(span);
    for (let i = 0; i < span; i++) valid[i] = this.phaseOffsets.every((offset) => blackedOut[i + offset] === 0) ? 1 : 0;
    return valid;
  }

  /** Whether a selection may start on this day, whatever the seat. */
  isValidStart(day: number): boolean {
    return this.#validStart[day - this.fromDay] === 1;
  }

  weekOf(day: number): number {
    return Math.floor((day - this.fromDay) / 7);
  }

  weekStartDay(week: number): number {
    return this.fromDay + 7 * week;
  }

  /** The first valid start on or after `earliestDay` within `week`, if any. */
  firstStartInWeek(week: number, earliestDay: number): number | undefined {
    const end = Math.min(this.weekStartDay(week) + 6, this.latestStartDay);
    for (let day = Math.max(this.weekStartDay(week), earliestDay, this.fromDay); day <= end; day++) {
      if (this.isValidStart(day)) return day;
    }
    return undefined;
  }

  /** The first valid start on or after `earliestDay`, if any. */
  firstStartFrom(earliestDay: number): number | undefined {
    for (let day = Math.max(earliestDay, this.fromDay); day <= this.latestStartDay; day++) {
      if (this.isValidStart(day)) return day;
    }
    return undefined;
  }

  /** The phases of a selection starting (freezing) on this day. */
  phases(startDay: number): Phase[] {
    return PHASE_NAMES.map((name, i) => {
      const start = startDay + (this.phaseOffsets[i] as number);
      const end = i + 1 < PHASE_NAMES.length ? startDay + (this.phaseOffsets[i + 1] as number) - 1 : start;
      return { name, start: isoDate(start), end: isoDate(end) };
    });
  }

  /** Every phase of a selection starting on this day whose start falls inside a blackout (any day, in or out of the window). */
  blackedOutPhases(startDay: number): BlackedOutPhase[] {
    const found: BlackedOutPhase[] = [];
    PHASE_NAMES.forEach((phase, i) => {
      const day = startDay + (this.phaseOffsets[i] as number);
      const date = isoDate(day);
      const blackout = this.request.blackouts.find(({ from, to }) => from <= date && date <= to);
      if (blackout) found.push({ phase, day, blackout });
    });
    return found;
  }
}
