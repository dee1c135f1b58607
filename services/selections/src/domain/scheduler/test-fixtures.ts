import { dayNumber, isoDate } from './calendar.ts';
import { DEFAULT_PHASE_DAYS } from './scheduler.ts';
import type { SchedulingSeat, TimetableRequest } from './types.ts';

/** A seat of the South East, priority 2, majority 5,000, with nothing special unless overridden. For tests. */
export const seat = (seatId: string, overrides: Partial<SchedulingSeat> = {}): SchedulingSeat => ({
  seatId,
  name: `Seat ${seatId}`,
  nation: 'England',
  region: 'South East',
  island: false,
  priority: 2,
  majority: 5_000,
  ...overrides,
});

/**
 * A request whose window opens on `from` and whose last start meeting the deadline is `lastStart` (the
 * deadline is 57 days later with the default phases; the election that many months after it). For tests.
 */
export const request = (from: string, lastStart: string, overrides: Partial<TimetableRequest> = {}): TimetableRequest => ({
  from,
  expectedElection: isoDate(dayNumber(lastStart) + 57),
  completeMonthsBefore: 0,
  weeklyCapacity: 8,
  blackouts: [],
  phaseDays: DEFAULT_PHASE_DAYS,
  ...overrides,
});
