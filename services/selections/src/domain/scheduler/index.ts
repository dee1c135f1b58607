export { DEFAULT_PHASE_DAYS, scheduleSelections } from './scheduler.ts';
export { checkPlacement, slotInto } from './placement.ts';
export { InvalidTimetableRequestError } from './errors.ts';
export { monthsBefore } from './calendar.ts';
export type {
  Blackout,
  Phase,
  PhaseDays,
  PhaseName,
  PlacedSelection,
  PlacementCheck,
  Schedule,
  ScheduledEntry,
  SchedulingSeat,
  TimetableRequest,
  Unscheduled,
} from './types.ts';
