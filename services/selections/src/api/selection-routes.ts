import { CalendarDate, GssCode } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { SelectionStatus } from '../domain/selection.ts';
import { Cursor, Limit } from '../handlers/query.ts';
import { invalid, staffOnly } from './common-responses.ts';
import { SelectionPageResponse, SelectionResponse } from './responses/selection.ts';

/** `GET /selections/selections`. */
export const listSelections = defineRoute({
  method: 'GET',
  path: '/selections/selections',
  summary: 'List selections, filtered by seat, region, status and a day one of their phases runs on, a page at a time',
  access: ['hq-staff'],
  query: z
    .object({
      seatId: GssCode.optional(),
      /** The seat's region, as the Commons Library's file names it (`North West`, `Scotland`). */
      region: z.string().min(1).max(100).optional(),
      status: SelectionStatus.optional(),
      /** A day on which a phase of the selection is running. */
      activeOn: CalendarDate.optional(),
      limit: Limit,
      next: Cursor.optional(),
    })
    .strict(),
  responses: { 200: { description: 'A page of selections, with the cursor of the next (null on the last)', body: SelectionPageResponse }, ...invalid, ...staffOnly },
});

/** `GET /selections/selections/{selectionId}`. */
export const getSelection = defineRoute({
  method: 'GET',
  path: '/selections/selections/{selectionId}',
  summary: 'Read one selection: its phases, its flags and its revision (to send back as `expectedRevision` when moving it)',
  access: ['hq-staff'],
  params: z.strictObject({ selectionId: z.uuid() }),
  responses: { 200: { description: 'The selection', body: SelectionResponse }, ...invalid, ...staffOnly, 404: { description: 'No such selection' } },
});

/** `PATCH /selections/selections/{selectionId}`. */
export const patchSelection = defineRoute({
  method: 'PATCH',
  path: '/selections/selections/{selectionId}',
  summary: "Move one selection to a new freeze date, its phases following, under the timetable's rules",
  access: ['hq-staff'],
  params: z.strictObject({ selectionId: z.uuid() }),
  body: z
    .object({
      start: CalendarDate,
      /**
       * The selection's `revision` as the caller read it. When given, the move is refused (409, the current
       * revision in `details`) if anyone changed the selection since, so that a save never overwrites a change
       * its author has not seen. Without it the move applies to the selection as it is now.
       */
      expectedRevision: z.int().min(0).max(1_000_000).optional(),
    })
    .strict(),
  responses: {
    200: { description: 'The selection, moved; announced again', body: SelectionResponse },
    ...invalid,
    ...staffOnly,
    404: { description: 'No such selection' },
    409: { description: 'The move would break a rule of the timetable (each is named in `details.broken`), or the selection changed since `expectedRevision` (`details.currentRevision`)' },
  },
});
