import type { CancelledSelection, ScheduledSelection, SelectionView } from '../domain/selection-view.ts';

/** `applied`, or `ignored`: the view already reflects this event or a later one (or the selection is cancelled). */
export type ViewOutcome = 'applied' | 'ignored';

/** The fund's own view of the selections service's selections, kept from its events. */
export interface SelectionViewStore {
  /** The views of every selection ever seen in the seat. Strongly consistent. */
  selectionsIn(seatId: string): Promise<SelectionView[]>;
  /** The views of every selection ever seen, in every seat: what the open seats are chosen from. */
  allSelections(): Promise<SelectionView[]>;
  /**
   * Upserts a selection's schedule by its id, only when the view holds nothing newer: an older schedule
   * (SQS reorders) or any schedule of a cancelled selection changes nothing.
   */
  recordScheduled(selection: ScheduledSelection): Promise<ViewOutcome>;
  /** Marks a selection cancelled for good, whether or not its schedule has been seen yet. */
  recordCancelled(selection: CancelledSelection): Promise<ViewOutcome>;
}
