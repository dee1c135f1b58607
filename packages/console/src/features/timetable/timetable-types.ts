import type { components } from '../../api/schema.ts';

export type Timetable = components['schemas']['Timetable'];
export type TimetableEntry = Timetable['entries'][number];
export type TimetableRequest = Timetable['request'];
export type Selection = components['schemas']['Selection'];
