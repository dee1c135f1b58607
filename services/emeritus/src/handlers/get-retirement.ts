import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getRetirement } from '../api/retirement-routes.ts';
import { RetirementNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getRetirementHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getRetirement, async ({ params: { retirementId } }) => {
    const retirement = await store.retirement(retirementId);
    if (retirement === undefined) throw new RetirementNotFoundError(retirementId);
    return { status: 200, body: retirement };
  });

export const handler = getRetirementHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
