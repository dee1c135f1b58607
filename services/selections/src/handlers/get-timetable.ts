import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getTimetable } from '../api/timetable-routes.ts';
import { TimetableNotFoundError } from '../domain/errors.ts';
import { timetableView } from '../domain/timetable.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/** GET /selections/timetables/{timetableId}: the timetable as drafted, with its status and what publishing did. */
export const getTimetableHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(getTimetable, async ({ params: { timetableId } }) => {
    const timetable = await selections.getTimetable(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    return { status: 200, body: timetableView(timetable) };
  });

export const handler = getTimetableHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
