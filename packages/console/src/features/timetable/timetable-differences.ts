import type { Selection, TimetableEntry } from './timetable-types.ts';

/** How a draft differs from what is published: the selections scheduled now, seat by seat. */
export interface TimetableDifferences {
  /** The published timetables the scheduled selections belong to. */
  readonly publishedTimetableIds: readonly string[];
  /** Seats the draft places that have no scheduled selection: publishing schedules these. */
  readonly added: readonly TimetableEntry[];
  /** Seats the draft places that are scheduled already: publishing skips them, their selection stands. */
  readonly alreadyScheduled: readonly { readonly entry: TimetableEntry; readonly selection: Selection }[];
  /** Scheduled selections of seats the draft does not place: they stay as published. */
  readonly unchanged: readonly Selection[];
}

/**
 * Compares a draft's entries with the selections scheduled now (published, moved or slotted in since).
 *
 * @example
 * const { added, alreadyScheduled, unchanged } = timetableDifferences(draft.entries, scheduledSelections);
 */
export const timetableDifferences = (entries: readonly TimetableEntry[], scheduled: readonly Selection[]): TimetableDifferences => {
  const live = scheduled.filter((selection) => selection.status === 'scheduled');
  const bySeat = new Map(live.map((selection) => [selection.seatId, selection]));
  const placed = new Set(entries.map((entry) => entry.seatId));
  return {
    publishedTimetableIds: [...new Set(live.map((selection) => selection.timetableId))].sort(),
    added: entries.filter((entry) => !bySeat.has(entry.seatId)),
    alreadyScheduled: entries.flatMap((entry) => {
      const selection = bySeat.get(entry.seatId);
      return selection === undefined ? [] : [{ entry, selection }];
    }),
    unchanged: live.filter((selection) => !placed.has(selection.seatId)).sort((a, b) => a.start.localeCompare(b.start) || a.seatName.localeCompare(b.seatName)),
  };
};
