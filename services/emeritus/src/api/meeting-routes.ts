import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { AttendeeName, MeetingPlace, MeetingTitle } from '../domain/clause-v-meeting.ts';
import { PaperUrl } from '../domain/consultation.ts';
import { MpId } from '../domain/retirement.ts';
import { NotInThePast } from './dates.ts';
import { AttendeePath, ListCursor, ListLimit, MeetingPath } from './paths.ts';
import { AttendeeResponse, MeetingPageResponse, MeetingResponse } from './responses/meeting.ts';

const staffOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;
const invalid = { 400: { description: 'The request is invalid; every problem is listed' } } as const;
const notFound = { 404: { description: 'No such meeting' } } as const;

/** `POST /emeritus/clause-v/meetings`. */
export const createMeeting = defineRoute({
  method: 'POST',
  path: '/emeritus/clause-v/meetings',
  summary: 'Create a Clause V meeting: its date, and a place or a link',
  access: ['hq-staff'],
  body: z
    .strictObject({ title: MeetingTitle, heldOn: NotInThePast, place: MeetingPlace.optional(), link: PaperUrl.optional() })
    .refine((meeting) => meeting.place !== undefined || meeting.link !== undefined, {
      path: ['place'],
      message: 'give a place, a link, or both',
    }),
  responses: { 201: { description: 'The meeting, with no attendees yet', body: MeetingResponse }, ...invalid, ...staffOnly },
});

/** `GET /emeritus/clause-v/meetings`. */
export const listMeetings = defineRoute({
  method: 'GET',
  path: '/emeritus/clause-v/meetings',
  summary: 'List Clause V meetings, newest first, with how many attendees each must remove',
  access: ['hq-staff'],
  query: z.strictObject({ limit: ListLimit, next: ListCursor.optional() }),
  responses: {
    200: { description: 'A page of meetings, with the cursor of the next (null on the last)', body: MeetingPageResponse },
    400: { description: 'An invalid limit, or a cursor this list did not hand out' },
    ...staffOnly,
  },
});

/** `GET /emeritus/clause-v/meetings/{meetingId}`. */
export const getMeeting = defineRoute({
  method: 'GET',
  path: '/emeritus/clause-v/meetings/{meetingId}',
  summary: 'Read a Clause V meeting: its attendees, and which must be removed and why',
  access: ['hq-staff'],
  params: MeetingPath,
  responses: { 200: { description: 'The meeting', body: MeetingResponse }, ...invalid, ...staffOnly, ...notFound },
});

/** `POST /emeritus/clause-v/meetings/{meetingId}/attendees`. */
export const addAttendee = defineRoute({
  method: 'POST',
  path: '/emeritus/clause-v/meetings/{meetingId}/attendees',
  summary: 'Add an attendee to a Clause V meeting; an MP with an active retirement is refused',
  access: ['hq-staff'],
  params: MeetingPath,
  body: z.strictObject({ mpId: MpId, name: AttendeeName }),
  responses: {
    201: { description: 'The attendee, added', body: AttendeeResponse },
    ...invalid,
    ...staffOnly,
    ...notFound,
    409: {
      description:
        'Refused: the MP has an active retirement (details.retirementId and details.reason), is on the list already, ' +
        'the list is full, or the meeting has been held',
    },
  },
});

/** `DELETE /emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}`. */
export const removeAttendee = defineRoute({
  method: 'DELETE',
  path: '/emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}',
  summary: 'Remove an attendee from a Clause V meeting',
  access: ['hq-staff'],
  params: AttendeePath,
  responses: {
    200: { description: 'The meeting, without the attendee', body: MeetingResponse },
    ...invalid,
    ...staffOnly,
    404: { description: 'No such meeting, or the MP is not on its list' },
    409: { description: 'The meeting has been held; its list can no longer change' },
  },
});

/** `GET /emeritus/clause-v/meetings/{meetingId}/attendees.csv`. */
export const getAttendeeListCsv = defineRoute({
  method: 'GET',
  path: '/emeritus/clause-v/meetings/{meetingId}/attendees.csv',
  summary: 'Download a Clause V meeting’s attendee list for its organisers',
  access: ['hq-staff'],
  params: MeetingPath,
  responses: { 200: { description: 'One row per attendee, with any reason they must be removed', contentType: 'text/csv' }, ...invalid, ...staffOnly, ...notFound },
});
