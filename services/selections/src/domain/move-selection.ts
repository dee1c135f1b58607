import { SelectionAlreadyStartedError, SelectionCancelledError, SelectionChangedError, SelectionPlacementError } from './errors.ts';
import type { Scheduler } from './scheduler-port.ts';
import type { SchedulingSeat, TimetableRequest } from './scheduler/index.ts';
import { placed } from './selection.ts';
import type { Selection } from './selection.ts';

/**
 * Moves a selection by hand to start on `start`, under the rules the scheduler keeps (capacity, blackouts,
 * deadline, the seat's own constraints), against the other selections of its timetable. A cancelled
 * selection, one already under way, or a start in the past is refused; so is a move made on the selection as
 * it was at `expectedRevision` once it has changed since (checked first: the rest is judged on a selection
 * its author has not seen).
 */
export const moveSelection = (
  selection: Selection,
  start: string,
  context: { seat: SchedulingSeat; request: TimetableRequest; others: readonly Selection[]; today: string; now: string; expectedRevision?: number },
  scheduler: Pick<Scheduler, 'checkPlacement'>,
): Selection => {
  if (context.expectedRevision !== undefined && context.expectedRevision !== selection.revision) {
    throw new SelectionChangedError(selection.selectionId, context.expectedRevision, selection.revision);
  }
  if (selection.status === 'cancelled') throw new SelectionCancelledError(selection.selectionId);
  if (selection.start <= context.today) throw new SelectionAlreadyStartedError(selection.selectionId, selection.start, context.today);
  if (start <= context.today) {
    throw new SelectionPlacementError(selection.selectionId, start, [`a selection can only be moved to a day after today (${context.today})`]);
  }
  const others = context.others.filter((other) => other.selectionId !== selection.selectionId && other.status === 'scheduled').map(placed);
  const check = scheduler.checkPlacement(context.seat, start, context.request, others);
  if (!check.ok) throw new SelectionPlacementError(selection.selectionId, start, check.broken);
  return {
    ...selection,
    start: check.entry.start,
    phases: check.entry.phases,
    reason: `moved by hand to ${check.entry.start}`,
    updatedAt: context.now,
    revision: selection.revision + 1,
  };
};
