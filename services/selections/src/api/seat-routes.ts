import { CalendarDate, GssCode, SingleLineText } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { Nation } from '../domain/nation.ts';
import { SeatPriority, Shortlist } from '../domain/seat.ts';
import { SeatSort, SortDirection } from '../domain/seat-order.ts';
import { Cursor, Limit, QueryBoolean } from '../handlers/query.ts';
import { invalid, staffOnly } from './common-responses.ts';
import { SeatPageResponse, SeatResponse } from './responses/seat.ts';
import { SeatImportReportResponse } from './responses/seat-import-report.ts';

const SeatPath = z.strictObject({ seatId: GssCode });

/** `POST /selections/seats/import` (`text/csv`). */
export const importSeats = defineRoute({
  method: 'POST',
  path: '/selections/seats/import',
  summary: "Create or update seats from the Commons Library's results file (or a minimal gss_code,name,region CSV)",
  access: ['hq-staff'],
  textBody: ['text/csv'],
  responses: {
    200: { description: 'What was created, updated, unchanged and rejected (each rejected row with its line and reason)', body: SeatImportReportResponse },
    400: { description: 'No body, or a header that cannot be read: nothing was imported' },
    ...staffOnly,
    415: { description: 'The body is not text/csv' },
  },
});

/** `GET /selections/seats`. */
export const listSeats = defineRoute({
  method: 'GET',
  path: '/selections/seats',
  summary: 'List seats filtered, searched by name or GSS code, and sorted (GSS code order unless asked), a page at a time',
  access: ['hq-staff'],
  query: z
    .object({
      region: SingleLineText(100).optional(),
      nation: Nation.optional(),
      held: QueryBoolean.optional(),
      needsSelection: QueryBoolean.optional(),
      search: SingleLineText(100).optional().describe('Part of the name or GSS code, ignoring case and accents'),
      sort: SeatSort.default('gssCode'),
      direction: SortDirection.default('ascending'),
      limit: Limit,
      next: Cursor.optional(),
    })
    .strict(),
  responses: { 200: { description: 'A page of seats, with the cursor of the next (null on the last)', body: SeatPageResponse }, ...invalid, ...staffOnly },
});

/** `GET /selections/seats/{seatId}`. */
export const getSeat = defineRoute({
  method: 'GET',
  path: '/selections/seats/{seatId}',
  summary: 'Read one seat',
  access: ['hq-staff'],
  params: SeatPath,
  responses: { 200: { description: 'The seat', body: SeatResponse }, ...invalid, ...staffOnly, 404: { description: 'No such seat' } },
});

/** `PATCH /selections/seats/{seatId}`. */
export const patchSeat = defineRoute({
  method: 'PATCH',
  path: '/selections/seats/{seatId}',
  summary: "Set a seat's flags: island, boundary review, priority, shortlist",
  access: ['hq-staff'],
  params: SeatPath,
  body: z
    .object({
      island: z.boolean().optional(),
      boundaryReviewUntil: CalendarDate.nullable().optional(),
      priority: SeatPriority.optional(),
      shortlist: Shortlist.optional(),
      expectedRevision: z
        .int()
        .min(0)
        .max(1_000_000)
        .optional()
        .describe("The seat's `flagsRevision` as read: the change is refused (409) if the flags have changed since"),
    })
    .strict()
    .refine(({ expectedRevision: _revision, ...flags }) => Object.keys(flags).length > 0, 'give at least one of island, boundaryReviewUntil, priority, shortlist'),
  responses: {
    200: { description: 'The seat, changed', body: SeatResponse },
    ...invalid,
    ...staffOnly,
    404: { description: 'No such seat' },
    409: { description: 'The flags changed since `expectedRevision` (`details.currentRevision`): read the seat again' },
  },
});
