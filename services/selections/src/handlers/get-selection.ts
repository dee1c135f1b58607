import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getSelection } from '../api/selection-routes.ts';
import { SelectionNotFoundError } from '../domain/errors.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/** GET /selections/selections/{selectionId}: one selection, read consistently, with the revision a move sends back. */
export const getSelectionHandler = (selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(getSelection, async ({ params: { selectionId } }) => {
    const selection = await selections.getSelection(selectionId);
    if (selection === undefined) throw new SelectionNotFoundError(selectionId);
    return { status: 200, body: selection };
  });

export const handler = getSelectionHandler(new DynamoSelectionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
