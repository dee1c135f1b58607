import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { checkClauseV } from '../api/register-routes.ts';
import { clauseVConflicts } from '../domain/clause-v.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const checkClauseVHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(checkClauseV, async ({ body: { attendees } }, { logger }) => {
    const conflicts = clauseVConflicts(attendees, await store.retirements());
    logger.info('clause V attendance checked', { attendees: attendees.length, conflicts: conflicts.length });
    return { status: 200, body: { conflicts } };
  });

export const handler = checkClauseVHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
