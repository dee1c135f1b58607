import { tryDayNumber } from './calendar.ts';
import { InvalidTimetableRequestError } from './errors.ts';
import type { SchedulingSeat, TimetableRequest } from './types.ts';

const isCount = (value: number, min: number): boolean => Number.isInteger(value) && value >= min;

const requestProblems = (request: TimetableRequest): string[] => {
  const problems: string[] = [];
  const date = (value: string, what: string) => {
    if (tryDayNumber(value) === undefined) problems.push(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  };
  date(request.from, 'from');
  date(request.expectedElection, 'expectedElection');
  if (!isCount(request.completeMonthsBefore, 0)) {
    problems.push(`completeMonthsBefore must be a whole number of months, 0 or more, got ${request.completeMonthsBefore}`);
  }
  if (!isCount(request.weeklyCapacity, 1)) problems.push(`weeklyCapacity must be a whole number, 1 or more, got ${request.weeklyCapacity}`);
  if (request.regionalWeeklyCapacity !== undefined && !isCount(request.regionalWeeklyCapacity, 1)) {
    problems.push(`regionalWeeklyCapacity must be a whole number, 1 or more, got ${request.regionalWeeklyCapacity}`);
  }
  for (const [name, days] of Object.entries(request.phaseDays)) {
    if (!isCount(days, 1)) problems.push(`phaseDays.${name} must be a whole number of days, 1 or more, got ${days}`);
  }
  request.blackouts.forEach((blackout, i) => {
    date(blackout.from, `blackouts[${i}].from`);
    date(blackout.to, `blackouts[${i}].to`);
    if (blackout.from > blackout.to) problems.push(`blackouts[${i}] ("${blackout.reason}") ends on ${blackout.to}, before it starts on ${blackout.from}`);
  });
  return problems;
};

const seatProblems = (seat: SchedulingSeat): string[] => {
  const problems: string[] = [];
  const date = (value: string | undefined, what: string) => {
    if (value !== undefined && tryDayNumber(value) === undefined) {
      problems.push(`seat ${seat.seatId}: ${what} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
    }
  };
  if (seat.seatId === '') problems.push('a seat has an empty seatId');
  date(seat.boundaryReviewUntil, 'boundaryReviewUntil');
  date(seat.retirementAnnouncedOn, 'retirementAnnouncedOn');
  if (![1, 2, 3].includes(seat.priority)) problems.push(`seat ${seat.seatId}: priority must be 1, 2 or 3, got ${seat.priority}`);
  if (seat.majority !== null && !isCount(seat.majority, 0)) {
    problems.push(`seat ${seat.seatId}: majority must be a whole number of votes or null, got ${seat.majority}`);
  }
  return problems;
};

/** Throws {@link InvalidTimetableRequestError} listing every problem with the request and the seats. */
export const validateRequest = (request: TimetableRequest, seats: readonly SchedulingSeat[] = []): void => {
  const problems = requestProblems(request);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const seat of seats) {
    problems.push(...seatProblems(seat));
    if (seen.has(seat.seatId)) repeated.add(seat.seatId);
    seen.add(seat.seatId);
  }
  for (const seatId of repeated) problems.push(`seat ${seatId} appears more than once`);
  if (problems.length > 0) throw new InvalidTimetableRequestError(problems);
};
