import { dynamoDocumentClient, httpHandler, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getSettingsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (_event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const { settings } = await store.settings();
    return { status: 200, body: settings };
  });

export const handler = getSettingsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
