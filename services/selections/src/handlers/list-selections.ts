import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listSelections } from '../api/selection-routes.ts';
import { isActiveOn } from '../domain/selection.ts';
import type { Selection } from '../domain/selection.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/** GET /selections/selections: selections, filtered, in pages of `{ items, next }`. */
export const listSelectionsHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(listSelections, async ({ query }) => {
    const keep = (selection: Selection) =>
      (query.seatId === undefined || selection.seatId === query.seatId) &&
      (query.region === undefined || selection.region === query.region) &&
      (query.status === undefined || selection.status === query.status) &&
      (query.activeOn === undefined || isActiveOn(selection, query.activeOn));
    const page = await selections.listSelections({ limit: query.limit, keep, ...(query.next === undefined ? {} : { next: query.next }) });
    return { status: 200, body: { items: page.items, next: page.next ?? null } };
  });

export const handler = listSelectionsHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
