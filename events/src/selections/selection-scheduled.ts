import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, GssCode, Identifier, SingleLineText } from '../primitives.ts';

/** The phases of a selection, in order. */
export const SelectionPhaseName = z.enum(['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result']);

/**
 * `selections.selection-scheduled` v1: a selection was scheduled in a seat (a timetable was
 * published, or a retiring MP's seat was slotted into one). The fund service keeps its own
 * view of open selections from it.
 *
 * @example
 * selectionScheduled.create({ selectionId, seatId, seatName, nation, region, timetableId, phases }, { correlationId });
 */
export const selectionScheduled = defineEvent({
  type: 'selections.selection-scheduled',
  version: 1,
  producer: 'selections',
  consumers: ['fund'],
  description: 'A parliamentary candidate selection was scheduled in a seat, with the dates of its phases.',
  data: z.object({
    selectionId: Identifier,
    seatId: GssCode,
    seatName: SingleLineText(200),
    nation: SingleLineText(100),
    region: SingleLineText(100),
    timetableId: Identifier,
    phases: z
      .array(z.object({ name: SelectionPhaseName, start: CalendarDate, end: CalendarDate }))
      .length(6, 'a selection has six phases: freeze, nominations, applications, shortlisting, hustings-and-ballot, result'),
  }),
});
