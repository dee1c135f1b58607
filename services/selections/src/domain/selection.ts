import { createHash } from 'node:crypto';
import { CalendarDate, GssCode, selectionCancelled, selectionScheduled } from '@platform/events';
import type { EventOf } from '@platform/events';
import * as z from 'zod';
import { Nation } from './nation.ts';
import type { PlacedSelection } from './scheduler/index.ts';
import { Phase } from './timetable.ts';
import type { TimetableEntry } from './timetable.ts';

export const SelectionStatus = z.enum(['scheduled', 'cancelled']);
export type SelectionStatus = z.infer<typeof SelectionStatus>;

/** HQ staff are told, by this flag, that the MP withdrew the retirement after the freeze date: the selection stands. */
export const RetirementWithdrawnAfterFreeze = z.object({
  retirementId: z.string().min(1),
  withdrawnOn: CalendarDate,
  reason: z.string(),
});

export const Selection = z.object({
  selectionId: z.uuid(),
  seatId: GssCode,
  seatName: z.string().min(1),
  nation: Nation,
  region: z.string().min(1),
  timetableId: z.uuid(),
  status: SelectionStatus,
  /** The freeze date, on which the selection starts. */
  start: CalendarDate,
  phases: z.array(Phase).length(6),
  /** Why it starts when it does. */
  reason: z.string(),
  /** The retirement that opened the seat, when it is a held seat. */
  retirementId: z.string().min(1).optional(),
  retirementWithdrawnAfterFreeze: RetirementWithdrawnAfterFreeze.optional(),
  cancellation: z.object({ reason: z.string().min(1), cancelledAt: z.iso.datetime() }).optional(),
  scheduledAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Counts the changes since it was scheduled; a calendar feed shows it as the events' SEQUENCE. */
  revision: z.int().nonnegative(),
});
export type Selection = z.infer<typeof Selection>;

/**
 * A selection's id, derived from what it is the selection of, so that a retried publish or a redelivered
 * event names the same selection and cannot write a second.
 */
export const selectionIdFor = (...parts: string[]): string => {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Shaped as a version 8 (custom) UUID, RFC 9562.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The selection a timetable entry becomes when it is published or slotted in. */
export const selectionOf = (entry: TimetableEntry, timetableId: string, selectionId: string, now: string): Selection => ({
  selectionId,
  seatId: entry.seatId,
  seatName: entry.seatName,
  nation: entry.nation,
  region: entry.region,
  timetableId,
  status: 'scheduled',
  start: entry.start,
  phases: entry.phases,
  reason: entry.reason,
  ...(entry.retirementId === undefined ? {} : { retirementId: entry.retirementId }),
  scheduledAt: now,
  updatedAt: now,
  revision: 0,
});

/** What the scheduler needs to know of a selection already placed. */
export const placed = ({ seatId, region, start }: Selection): PlacedSelection => ({ seatId, region, start });

/** Whether any phase of the selection runs on `date`. */
export const isActiveOn = (selection: Selection, date: string): boolean =>
  selection.status === 'scheduled' && selection.phases.some((phase) => phase.start <= date && date <= phase.end);

/** The freeze date: the membership cut-off, and the first day of the selection. */
export const freezeDate = (selection: Selection): string => selection.phases[0]?.start ?? selection.start;

export const selectionScheduledEvent = (selection: Selection, correlationId: string): EventOf<typeof selectionScheduled> =>
  selectionScheduled.create(
    {
      selectionId: selection.selectionId,
      seatId: selection.seatId,
      seatName: selection.seatName,
      nation: selection.nation,
      region: selection.region,
      timetableId: selection.timetableId,
      phases: selection.phases,
    },
    { correlationId, occurredAt: selection.updatedAt },
  );

export const selectionCancelledEvent = (selection: Selection, reason: string, correlationId: string): EventOf<typeof selectionCancelled> =>
  selectionCancelled.create(
    { selectionId: selection.selectionId, seatId: selection.seatId, reason },
    { correlationId, occurredAt: selection.updatedAt },
  );
