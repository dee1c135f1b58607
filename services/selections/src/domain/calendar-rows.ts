import type { Selection } from './selection.ts';
import type { Timetable, TimetableEntry } from './timetable.ts';

/** One selection as a calendar shows it, drafted or scheduled. */
export interface CalendarRow {
  /** Stable across exports, so that a subscribed calendar updates an event instead of adding one. */
  uid: string;
  seatId: string;
  seatName: string;
  nation: string;
  region: string;
  status: 'draft' | 'scheduled' | 'cancelled';
  phases: TimetableEntry['phases'];
  reason: string;
  /** How many times it changed; the events' SEQUENCE. */
  revision: number;
  /** When it last changed; the events' DTSTAMP. */
  changedAt: string;
}

/**
 * The rows of a timetable's calendar: its entries while it is a draft, and once published the selections
 * it holds as they now stand (moved, slotted in, cancelled).
 */
export const calendarRows = (timetable: Timetable, selections: readonly Selection[]): CalendarRow[] =>
  timetable.status === 'draft'
    ? timetable.entries.map((entry) => ({
        uid: `${timetable.timetableId}-${entry.seatId}`,
        seatId: entry.seatId,
        seatName: entry.seatName,
        nation: entry.nation,
        region: entry.region,
        status: 'draft',
        phases: entry.phases,
        reason: entry.reason,
        revision: 0,
        changedAt: timetable.createdAt,
      }))
    : [...selections]
        .sort((a, b) => a.start.localeCompare(b.start) || a.seatId.localeCompare(b.seatId))
        .map((selection) => ({
          uid: selection.selectionId,
          seatId: selection.seatId,
          seatName: selection.seatName,
          nation: selection.nation,
          region: selection.region,
          status: selection.status,
          phases: selection.phases,
          reason: selection.cancellation?.reason ?? selection.reason,
          revision: selection.revision,
          changedAt: selection.updatedAt,
        }));
