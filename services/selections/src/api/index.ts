import type { RouteContract } from '@platform/kit/contract';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';
import { createCalendarSubscription, getCalendarFeed, listCalendarSubscriptions, revokeCalendarSubscription } from './calendar-subscription-routes.ts';
import { getSeat, importSeats, listSeats, patchSeat } from './seat-routes.ts';
import { getSelection, listSelections, patchSelection } from './selection-routes.ts';
import { getSettings, putSettings } from './settings-routes.ts';
import { createTimetable, getPublishedTimetable, getTimetable, getTimetableCalendarCsv, getTimetableCalendarIcs, publishTimetable } from './timetable-routes.ts';

export { createCalendarSubscription, getCalendarFeed, listCalendarSubscriptions, revokeCalendarSubscription } from './calendar-subscription-routes.ts';
export { getSeat, importSeats, listSeats, patchSeat } from './seat-routes.ts';
export { getSelection, listSelections, patchSelection } from './selection-routes.ts';
export { getSettings, putSettings } from './settings-routes.ts';
export { createTimetable, getPublishedTimetable, getTimetable, getTimetableCalendarCsv, getTimetableCalendarIcs, publishTimetable } from './timetable-routes.ts';

export { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';

/** Every route of the selections service: all for HQ staff but the calendar feed, which is public. */
export const routes: readonly RouteContract[] = [
  importSeats,
  getSettings,
  putSettings,
  listSeats,
  getSeat,
  patchSeat,
  createTimetable,
  getTimetable,
  getPublishedTimetable,
  publishTimetable,
  getTimetableCalendarCsv,
  getTimetableCalendarIcs,
  createCalendarSubscription,
  listCalendarSubscriptions,
  revokeCalendarSubscription,
  getCalendarFeed,
  listSelections,
  getSelection,
  patchSelection,
  listDeadLetters,
  getDeadLetter,
  redriveDeadLetters,
];
