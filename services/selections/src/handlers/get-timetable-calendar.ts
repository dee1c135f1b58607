import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getTimetableCalendarCsv, getTimetableCalendarIcs } from '../api/timetable-routes.ts';
import { calendarCsv } from '../domain/calendar-csv.ts';
import { TimetableNotFoundError } from '../domain/errors.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';
import { timetableCalendarRows, timetableIcs } from './timetable-ics.ts';

/**
 * GET /selections/timetables/{timetableId}/calendar.csv and /calendar.ics: the timetable as a spreadsheet
 * and as an iCalendar feed. One function serves both routes; the route says which.
 */
export const getTimetableCalendarHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler([getTimetableCalendarCsv, getTimetableCalendarIcs], async ({ params: { timetableId }, event }) => {
    const timetable = await selections.getTimetable(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    const rows = await timetableCalendarRows(selections, timetable);
    if (event.routeKey.endsWith('.ics')) return timetableIcs(timetable, rows);
    return {
      status: 200,
      text: calendarCsv(rows),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="selections-timetable-${timetableId}.csv"` },
    };
  });

export const handler = getTimetableCalendarHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
