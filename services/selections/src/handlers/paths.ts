import * as z from 'zod';

/** `{timetableId}` in the timetable routes. */
export const TimetablePath = z.object({ timetableId: z.uuid() });
