import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getRegister } from '../api/register-routes.ts';
import { filterRegister } from '../domain/register.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getRegisterHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getRegister, async ({ query: filter }) => {
    return { status: 200, body: { retirements: filterRegister(await store.retirements(), filter) } };
  });

export const handler = getRegisterHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
