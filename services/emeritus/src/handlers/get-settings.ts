import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getSettings } from '../api/settings-routes.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getSettingsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getSettings, async () => {
    const { settings } = await store.settings();
    return { status: 200, body: settings };
  });

export const handler = getSettingsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
