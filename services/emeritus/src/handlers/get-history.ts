import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';
import { HistoryCursor } from '../store/history-cursor.ts';

const GetHistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: HistoryCursor.optional(),
});

export const getHistoryHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const { limit, cursor } = parse(GetHistoryQuery, event.queryStringParameters ?? {}, 'query');
    return { status: 200, body: await store.history({ limit, after: cursor }) };
  });

export const handler = getHistoryHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
