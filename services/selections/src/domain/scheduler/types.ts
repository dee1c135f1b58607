/**
 * The scheduler's contract. All dates are `YYYY-MM-DD` calendar days (UTC, no time of day).
 *
 * Two additions to the contract first agreed, both because checking a regional cap needs each placed
 * selection's region: `ScheduledEntry.region`, and `PlacedSelection` (what `checkPlacement` and `slotInto`
 * need to know of the selections already placed; a `ScheduledEntry` is one).
 */

export interface SchedulingSeat {
  /** GSS code. */
  seatId: string;
  name: string;
  /** 'England' | 'Scotland' | 'Wales' | 'Northern Ireland' */
  nation: string;
  /** e.g. 'North West', 'Scotland' */
  region: string;
  island: boolean;
  /** The selection must start AFTER this date. */
  boundaryReviewUntil?: string;
  /** A retiring MP's seat starts no earlier than this date. */
  retirementAnnouncedOn?: string;
  /** 1 high … 3 low. */
  priority: 1 | 2 | 3;
  /** Votes; smaller = more winnable; null = unknown (treated as the largest). */
  majority: number | null;
}

/** Inclusive dates. */
export interface Blackout {
  from: string;
  to: string;
  reason: string;
}

/** Days each phase lasts; {@link DEFAULT_PHASE_DAYS} is 14, 14, 7, 21. */
export interface PhaseDays {
  nominations: number;
  applications: number;
  shortlisting: number;
  hustingsAndBallot: number;
}

export interface TimetableRequest {
  /** The window opens; week 0 starts on this day. */
  from: string;
  expectedElection: string;
  /** Every result at least this many calendar months before the election. */
  completeMonthsBefore: number;
  /** Max selections starting per week, nationally. */
  weeklyCapacity: number;
  /** Max selections starting per region per week. */
  regionalWeeklyCapacity?: number;
  /** No phase may START inside one. */
  blackouts: Blackout[];
  phaseDays: PhaseDays;
}

export type PhaseName = 'freeze' | 'nominations' | 'applications' | 'shortlisting' | 'hustings-and-ballot' | 'result';

export interface Phase {
  name: PhaseName;
  start: string;
  end: string;
}

export interface ScheduledEntry {
  seatId: string;
  /** The seat's region, so that a regional cap can be checked against placed selections. */
  region: string;
  /** The freeze date: the membership cut-off. */
  start: string;
  /** floor((start - request.from) / 7) */
  week: number;
  phases: Phase[];
  /** Why it landed where it did, e.g. `island: early`, `priority 1, majority 412`. */
  reason: string;
}

export interface Unscheduled {
  seatId: string;
  reason: string;
}

export interface Schedule {
  /** In order of start, then seatId. */
  entries: ScheduledEntry[];
  stats: {
    scheduled: number;
    /** In seatId order. */
    unscheduled: Unscheduled[];
    /** The most selections starting in any one week. */
    peakWeeklyStarts: number;
    /** The most selections running (start to result, inclusive) on any one day. */
    peakConcurrent: number;
    /** The smallest peak of weekly starts with which the scheduled seats can all be placed. */
    lowerBound: number;
  };
}

/** What placing one more selection needs to know of those already placed. */
export interface PlacedSelection {
  seatId: string;
  region: string;
  start: string;
}

export type PlacementCheck = { ok: true; entry: ScheduledEntry } | { ok: false; broken: string[] };
