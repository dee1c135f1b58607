import { defineRoute } from '@platform/kit/contract';
import { TimetableRequestBody } from '../domain/timetable.ts';
import { TimetablePath } from '../handlers/paths.ts';
import { invalid, staffOnly } from './common-responses.ts';
import { TimetableResponse } from './responses/timetable.ts';

const notFound = { 404: { description: 'No such timetable' } } as const;

/** `POST /selections/timetables`. */
export const createTimetable = defineRoute({
  method: 'POST',
  path: '/selections/timetables',
  summary: 'Draft a timetable for every seat that needs a selection; nothing is scheduled until it is published',
  access: ['hq-staff'],
  body: TimetableRequestBody,
  responses: { 201: { description: 'The draft, with every seat placed or the reason it could not be', body: TimetableResponse }, ...invalid, ...staffOnly },
});

/** `GET /selections/timetables/{timetableId}`. */
export const getTimetable = defineRoute({
  method: 'GET',
  path: '/selections/timetables/{timetableId}',
  summary: 'Read a timetable as drafted, with its status and what publishing did',
  access: ['hq-staff'],
  params: TimetablePath,
  responses: { 200: { description: 'The timetable', body: TimetableResponse }, ...invalid, ...staffOnly, ...notFound },
});

/** `GET /selections/timetables/published`. */
export const getPublishedTimetable = defineRoute({
  method: 'GET',
  path: '/selections/timetables/published',
  summary: 'Read the timetable most recently published: the one the selections run to and retiring MPs’ seats are slotted into',
  access: ['hq-staff'],
  responses: { 200: { description: 'The published timetable', body: TimetableResponse }, ...staffOnly, 404: { description: 'No timetable has been published yet' } },
});

/** `POST /selections/timetables/{timetableId}/publish`. */
export const publishTimetable = defineRoute({
  method: 'POST',
  path: '/selections/timetables/{timetableId}/publish',
  summary: 'Publish a draft timetable, scheduling its selections; safe to repeat after a failure',
  access: ['hq-staff'],
  params: TimetablePath,
  responses: {
    200: { description: 'The timetable, published, with how many selections were scheduled and which seats were skipped', body: TimetableResponse },
    ...invalid,
    ...staffOnly,
    ...notFound,
    409: { description: 'The timetable is published already' },
  },
});

/** `GET /selections/timetables/{timetableId}/calendar.csv`. */
export const getTimetableCalendarCsv = defineRoute({
  method: 'GET',
  path: '/selections/timetables/{timetableId}/calendar.csv',
  summary: 'Download a timetable as a spreadsheet',
  access: ['hq-staff'],
  params: TimetablePath,
  responses: { 200: { description: 'The timetable, one row per phase', contentType: 'text/csv' }, ...invalid, ...staffOnly, ...notFound },
});

/** `GET /selections/timetables/{timetableId}/calendar.ics`. */
export const getTimetableCalendarIcs = defineRoute({
  method: 'GET',
  path: '/selections/timetables/{timetableId}/calendar.ics',
  summary: 'Download a timetable as an iCalendar file',
  access: ['hq-staff'],
  params: TimetablePath,
  responses: { 200: { description: 'The timetable, one event per phase', contentType: 'text/calendar' }, ...invalid, ...staffOnly, ...notFound },
});
