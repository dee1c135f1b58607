import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { TimetableNotFoundError } from '../domain/errors.ts';
import { timetableView } from '../domain/timetable.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';
import { TimetablePath } from './paths.ts';

/** GET /selections/timetables/{timetableId}: the timetable as drafted, with its status and what publishing did. */
export const getTimetableHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const { timetableId } = parse(TimetablePath, event.pathParameters, 'path');
    const timetable = await selections.getTimetable(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    return { status: 200, body: timetableView(timetable) };
  });

export const handler = getTimetableHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
