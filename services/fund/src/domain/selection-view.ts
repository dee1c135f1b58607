import type { selectionCancelled, selectionScheduled } from '@platform/events';
import type { EventOf } from '@platform/events';
import { SelectionNotOpenError } from './errors.ts';

/**
 * The fund's own view of one selection, kept from the selections service's events so that an application
 * is checked without calling that service. A selection is cancelled for good: the selections service never
 * revives one (a new selection gets a new id), so a cancellation, once seen, wins over any schedule, even
 * one that arrives after it.
 */
export type SelectionView = ScheduledSelection | CancelledSelection;

export interface ScheduledSelection {
  status: 'scheduled';
  selectionId: string;
  seatId: string;
  seatName: string;
  region: string;
  timetableId: string;
  /** The first day of its first phase. Absent on views recorded before the fund kept it. */
  opensOn?: string;
  /** The last day of the `result` phase: the selection is complete after it. */
  resultEndsOn: string;
  /** The `occurredAt` of the event this view was built from: a schedule older than it changes nothing. */
  occurredAt: string;
}

export interface CancelledSelection {
  status: 'cancelled';
  selectionId: string;
  seatId: string;
  reason: string;
  occurredAt: string;
}

/** The view a `selections.selection-scheduled` event gives: its latest phases, as of when it occurred. */
export const scheduledSelectionOf = ({ data, occurredAt }: EventOf<typeof selectionScheduled>): ScheduledSelection => {
  // The schema guarantees six phases, but not their order; the `result` phase is found by name.
  const result = data.phases.find((phase) => phase.name === 'result') ?? data.phases[data.phases.length - 1];
  const opensOn = data.phases.map((phase) => phase.start).sort()[0];
  return {
    status: 'scheduled',
    selectionId: data.selectionId,
    seatId: data.seatId,
    seatName: data.seatName,
    region: data.region,
    timetableId: data.timetableId,
    ...(opensOn === undefined ? {} : { opensOn }),
    resultEndsOn: result?.end ?? '',
    occurredAt,
  };
};

export const cancelledSelectionOf = ({ data, occurredAt }: EventOf<typeof selectionCancelled>): CancelledSelection => ({
  status: 'cancelled',
  selectionId: data.selectionId,
  seatId: data.seatId,
  reason: data.reason,
  occurredAt,
});

/** Whether candidates may apply for support in this selection on `today`: scheduled, and not yet complete. */
export const isOpenOn = (selection: SelectionView, today: string): selection is ScheduledSelection =>
  selection.status === 'scheduled' && today <= selection.resultEndsOn;

/**
 * The selection open in a seat on `today`, from the fund's views of the seat's selections; throws
 * {@link SelectionNotOpenError} saying why there is none. The selections service keeps at most one open
 * selection per seat; should two ever be seen (a cancellation still on its way), the latest scheduled wins.
 */
export const openSelectionIn = (seatId: string, selections: readonly SelectionView[], today: string): ScheduledSelection => {
  const open = selections.filter((selection) => isOpenOn(selection, today)).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  if (open[0] !== undefined) return open[0];
  // None open: say why by the seat's latest selection.
  const [latest] = [...selections].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  if (latest?.status === 'cancelled') throw new SelectionNotOpenError(seatId, 'cancelled');
  if (latest?.status === 'scheduled') throw new SelectionNotOpenError(seatId, 'completed', latest.resultEndsOn);
  throw new SelectionNotOpenError(seatId, 'none-scheduled');
};
