import type { TextResult } from '@platform/kit';
import { calendarIcs } from '../domain/calendar-ics.ts';
import { calendarRows } from '../domain/calendar-rows.ts';
import type { CalendarRow } from '../domain/calendar-rows.ts';
import type { Timetable } from '../domain/timetable.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/** The rows of a timetable's calendar: a draft's entries, or a published timetable's selections as they stand. */
export const timetableCalendarRows = async (selections: SelectionStore, timetable: Timetable): Promise<CalendarRow[]> =>
  calendarRows(timetable, timetable.status === 'draft' ? [] : await selections.selectionsOf(timetable.timetableId));

/**
 * The timetable as an iCalendar document, as both the signed-in route and the subscription feed serve it, so
 * that a calendar following either sees the same events.
 */
export const timetableIcs = (timetable: Timetable, rows: readonly CalendarRow[]): TextResult => {
  const name = `Selections timetable${timetable.status === 'draft' ? ' (draft)' : ''} from ${timetable.request.from}`;
  return {
    status: 200,
    text: calendarIcs(rows, { name }),
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'content-disposition': `inline; filename="selections-timetable-${timetable.timetableId}.ics"` },
  };
};
