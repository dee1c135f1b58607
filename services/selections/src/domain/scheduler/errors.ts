import { DomainError } from '@platform/kit';

/** A timetable request or a seat that the scheduler cannot read; lists every problem, not just the first. */
export class InvalidTimetableRequestError extends DomainError {
  readonly kind = 'invalid';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`cannot schedule: ${problems.join('; ')}`);
    this.name = 'InvalidTimetableRequestError';
    this.problems = problems;
  }
}
