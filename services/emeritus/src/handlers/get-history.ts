import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getHistory } from '../api/history-routes.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getHistoryHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getHistory, async ({ query: { limit, cursor } }) => {
    return { status: 200, body: await store.history({ limit, after: cursor }) };
  });

export const handler = getHistoryHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
