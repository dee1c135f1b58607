import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getCommittee } from '../api/register-routes.ts';
import { committeeOf } from '../domain/register.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getCommitteeHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getCommittee, async () => {
    return { status: 200, body: { members: committeeOf(await store.retirements()) } };
  });

export const handler = getCommitteeHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
