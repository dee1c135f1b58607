import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getPublishedTimetable } from '../api/timetable-routes.ts';
import { NoPublishedTimetableError } from '../domain/errors.ts';
import { timetableView } from '../domain/timetable.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/**
 * GET /selections/timetables/published: the timetable most recently published, so HQ staff find the one the
 * selections run to (and its calendar) without keeping its id; a 404 until one is.
 */
export const getPublishedTimetableHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(getPublishedTimetable, async () => {
    const timetable = await selections.publishedTimetable();
    if (timetable === undefined) throw new NoPublishedTimetableError();
    return { status: 200, body: timetableView(timetable) };
  });

export const handler = getPublishedTimetableHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
