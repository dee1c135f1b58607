import { checkPlacement, DEFAULT_PHASE_DAYS, scheduleSelections, slotInto } from './scheduler/index.ts';
import type {
  PhaseDays,
  PlacedSelection,
  PlacementCheck,
  Schedule,
  ScheduledEntry,
  SchedulingSeat,
  TimetableRequest,
  Unscheduled,
} from './scheduler/index.ts';

/**
 * What this service asks of the scheduler (`./scheduler/`). Handlers take it as a dependency, so that their
 * tests can pin its answers where a case needs it; everywhere else they use {@link scheduler}.
 */
export interface Scheduler {
  /** The default days of the nominations, applications, shortlisting and hustings-and-ballot phases. */
  readonly defaultPhaseDays: PhaseDays;
  /** A timetable for these seats; throws `InvalidTimetableRequestError` on a request it cannot read. */
  scheduleSelections(seats: SchedulingSeat[], request: TimetableRequest): Schedule;
  /** Whether a selection may start on `start`, given the selections already placed. */
  checkPlacement(seat: SchedulingSeat, start: string, request: TimetableRequest, placed: readonly PlacedSelection[]): PlacementCheck;
  /** The first placement with room, without moving any placed selection; or why there is none. */
  slotInto(seat: SchedulingSeat, request: TimetableRequest, placed: readonly PlacedSelection[]): ScheduledEntry | Unscheduled;
}

/** The scheduler itself. */
export const scheduler: Scheduler = { defaultPhaseDays: DEFAULT_PHASE_DAYS, scheduleSelections, checkPlacement, slotInto };
