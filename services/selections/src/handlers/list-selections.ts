import { CalendarDate, GssCode } from '@platform/events';
import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { isActiveOn, SelectionStatus } from '../domain/selection.ts';
import type { Selection } from '../domain/selection.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';
import { Cursor, Limit } from './query.ts';

const ListSelectionsQuery = z
  .object({
    seatId: GssCode.optional(),
    status: SelectionStatus.optional(),
    /** A day on which a phase of the selection is running. */
    activeOn: CalendarDate.optional(),
    limit: Limit,
    next: Cursor.optional(),
  })
  .strict();

/** GET /selections/selections: selections, filtered, in pages of `{ items, next }`. */
export const listSelectionsHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const query = parse(ListSelectionsQuery, event.queryStringParameters ?? {}, 'query');
    const keep = (selection: Selection) =>
      (query.seatId === undefined || selection.seatId === query.seatId) &&
      (query.status === undefined || selection.status === query.status) &&
      (query.activeOn === undefined || isActiveOn(selection, query.activeOn));
    const page = await selections.listSelections({ limit: query.limit, keep, ...(query.next === undefined ? {} : { next: query.next }) });
    return { status: 200, body: { items: page.items, next: page.next ?? null } };
  });

export const handler = listSelectionsHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
