import * as z from 'zod';

/** `{timetableId}` in the timetable routes. */
export const TimetablePath = z.object({ timetableId: z.uuid() });

/** `{subscriptionId}` in the calendar subscription and feed routes. */
export const CalendarSubscriptionPath = z.object({ subscriptionId: z.uuid() });
