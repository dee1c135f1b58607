import { CalendarDate } from '@platform/events';
import { utcDateOf } from '../domain/calendar.ts';

// Judged against the day the request is parsed, not the day the contract was loaded: a warm container
// lives across midnight.
const today = (): string => utcDateOf(new Date());

/** A calendar date no later than today (UTC): when something was announced or withdrawn. */
export const NotInTheFuture = CalendarDate.refine((date) => date <= today(), {
  error: () => `must not be in the future (today is ${today()}, UTC)`,
});

/** A calendar date no earlier than today (UTC): an election still to come. */
export const NotInThePast = CalendarDate.refine((date) => date >= today(), {
  error: () => `must not be in the past (today is ${today()}, UTC)`,
});

/** A calendar date after today (UTC): a closing date still to come. */
export const AfterToday = CalendarDate.refine((date) => date > today(), {
  error: () => `must be after today (today is ${today()}, UTC)`,
});
