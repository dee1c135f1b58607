import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { RetirementNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';
import { RetirementPath } from './retirement-path.ts';

export const getRetirementHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const { retirementId } = parse(RetirementPath, event.pathParameters, 'path');
    const retirement = await store.retirement(retirementId);
    if (retirement === undefined) throw new RetirementNotFoundError(retirementId);
    return { status: 200, body: retirement };
  });

export const handler = getRetirementHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
