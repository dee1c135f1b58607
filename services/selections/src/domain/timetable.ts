import { CalendarDate, GssCode, SelectionPhaseName, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { Nation } from './nation.ts';
import type { Scheduler } from './scheduler-port.ts';
import type { PhaseDays, ScheduledEntry, SchedulingSeat, TimetableRequest } from './scheduler/index.ts';
import { isHeld, isRetiring, needsSelection } from './seat.ts';
import type { Seat } from './seat.ts';
import type { Settings } from './settings.ts';

const Days = z.int().min(1).max(365);

export const Blackout = z.object({ from: CalendarDate, to: CalendarDate, reason: SingleLineText(200) });

// Longer than a Parliament (five years) with room to spare; the scheduler walks every day of the window.
const MAX_WINDOW_DAYS = 10 * 366;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The body of `POST /selections/timetables`. The scheduler checks the same rules again; checking them here
 * too gives each problem its path in the 400.
 */
export const TimetableRequestBody = z
  .object({
    from: CalendarDate,
    expectedElection: CalendarDate,
    completeMonthsBefore: z.int().min(0).max(60),
    weeklyCapacity: z.int().min(1).max(1000),
    regionalWeeklyCapacity: z.int().min(1).max(1000).optional(),
    blackouts: z.array(Blackout).max(200).default([]),
    phaseDays: z.object({ nominations: Days, applications: Days, shortlisting: Days, hustingsAndBallot: Days }).partial().strict().optional(),
  })
  .strict()
  .superRefine((body, context) => {
    // Compared only when both are dates: otherwise their own issues say enough.
    const comparable = CalendarDate.safeParse(body.from).success && CalendarDate.safeParse(body.expectedElection).success;
    if (comparable && body.from >= body.expectedElection) {
      context.addIssue({ code: 'custom', path: ['expectedElection'], message: `the election must come after from (${body.from})` });
    } else if (comparable && dayOf(body.expectedElection) - dayOf(body.from) > MAX_WINDOW_DAYS) {
      context.addIssue({ code: 'custom', path: ['expectedElection'], message: `the election must be within ${MAX_WINDOW_DAYS} days of from` });
    }
    body.blackouts.forEach((blackout, index) => {
      if (blackout.from > blackout.to) {
        context.addIssue({ code: 'custom', path: ['blackouts', index, 'to'], message: `a blackout must end on or after it starts (${blackout.from})` });
      }
    });
  });
export type TimetableRequestBody = z.infer<typeof TimetableRequestBody>;

/** The scheduler's request: the body with the phase days filled in from the defaults. */
export const timetableRequest = (body: TimetableRequestBody, defaults: PhaseDays): TimetableRequest => ({
  from: body.from,
  expectedElection: body.expectedElection,
  completeMonthsBefore: body.completeMonthsBefore,
  weeklyCapacity: body.weeklyCapacity,
  ...(body.regionalWeeklyCapacity === undefined ? {} : { regionalWeeklyCapacity: body.regionalWeeklyCapacity }),
  blackouts: body.blackouts,
  phaseDays: { ...defaults, ...body.phaseDays },
});

export const StoredTimetableRequest = z.object({
  from: CalendarDate,
  expectedElection: CalendarDate,
  completeMonthsBefore: z.int(),
  weeklyCapacity: z.int(),
  regionalWeeklyCapacity: z.int().optional(),
  blackouts: z.array(Blackout),
  phaseDays: z.object({ nominations: Days, applications: Days, shortlisting: Days, hustingsAndBallot: Days }),
}) satisfies z.ZodType<TimetableRequest>;

export const Phase = z.object({ name: SelectionPhaseName, start: CalendarDate, end: CalendarDate });

/** A seat's place in a timetable: the scheduler's entry, with what a selection needs to be announced. */
export const TimetableEntry = z.object({
  seatId: GssCode,
  seatName: z.string().min(1),
  nation: Nation,
  region: z.string().min(1),
  start: CalendarDate,
  week: z.int(),
  phases: z.array(Phase).length(6),
  reason: z.string(),
  /** The retirement that opened a held seat, so that withdrawing it can cancel the selection. */
  retirementId: z.string().min(1).optional(),
}) satisfies z.ZodType<ScheduledEntry>;
export type TimetableEntry = z.infer<typeof TimetableEntry>;

export const Unscheduled = z.object({ seatId: z.string(), reason: z.string() });

export const TimetableStats = z.object({
  scheduled: z.int(),
  unscheduled: z.array(Unscheduled),
  peakWeeklyStarts: z.int(),
  peakConcurrent: z.int(),
  lowerBound: z.int(),
});

/** What publishing did: selections written now or by an earlier try, and seats left out, with why. */
export const Publication = z.object({
  published: z.int(),
  alreadyPublished: z.int(),
  skipped: z.array(Unscheduled),
});
export type Publication = z.infer<typeof Publication>;

export const TimetableStatus = z.enum(['draft', 'publishing', 'published']);

export const Timetable = z.object({
  timetableId: z.uuid(),
  status: TimetableStatus,
  request: StoredTimetableRequest,
  entries: z.array(TimetableEntry),
  stats: TimetableStats,
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1),
  publishedAt: z.iso.datetime().optional(),
  publication: Publication.optional(),
  /** Counts the changes to the selections placed in it since publication (slots, moves), for optimistic locking. */
  revision: z.int().nonnegative(),
});
export type Timetable = z.infer<typeof Timetable>;

/** The seat as the scheduler sees it. A retiring MP's seat starts no earlier than the announcement. */
export const schedulingSeat = (seat: Seat, settings: Settings): SchedulingSeat => ({
  seatId: seat.seatId,
  name: seat.name,
  nation: seat.nation,
  region: seat.region,
  island: seat.island,
  ...(seat.boundaryReviewUntil === undefined ? {} : { boundaryReviewUntil: seat.boundaryReviewUntil }),
  ...(isHeld(seat, settings) && isRetiring(seat) && seat.retirement?.announcedOn !== undefined
    ? { retirementAnnouncedOn: seat.retirement.announcedOn }
    : {}),
  priority: seat.priority,
  majority: seat.majority ?? null,
});

/** The entry of a seat, from the scheduler's entry. */
export const timetableEntry = (entry: ScheduledEntry, seat: Seat, settings: Settings): TimetableEntry => ({
  seatId: entry.seatId,
  seatName: seat.name,
  nation: seat.nation,
  region: entry.region,
  start: entry.start,
  week: entry.week,
  phases: entry.phases,
  reason: entry.reason,
  ...(isHeld(seat, settings) && isRetiring(seat) && seat.retirement !== undefined ? { retirementId: seat.retirement.retirementId } : {}),
});

/** A draft timetable for every seat that needs a selection. */
export const draftTimetable = (
  seats: readonly Seat[],
  settings: Settings,
  request: TimetableRequest,
  scheduler: Pick<Scheduler, 'scheduleSelections'>,
  draft: { timetableId: string; createdAt: string; createdBy: string },
): Timetable => {
  const needing = seats.filter((seat) => needsSelection(seat, settings));
  const bySeatId = new Map(needing.map((seat) => [seat.seatId, seat]));
  const schedule = scheduler.scheduleSelections(
    needing.map((seat) => schedulingSeat(seat, settings)),
    request,
  );
  return {
    ...draft,
    status: 'draft',
    request,
    entries: schedule.entries.map((entry) => timetableEntry(entry, bySeatId.get(entry.seatId) as Seat, settings)),
    stats: schedule.stats,
    revision: 0,
  };
};

/**
 * A timetable as the API shows it. `id` is the name it answered with before ids were named `<entity>Id`
 * everywhere; it is kept, deprecated, for one release so that clients can move to `timetableId`.
 */
export const timetableView = (timetable: Timetable) => ({ ...timetable, id: timetable.timetableId });
