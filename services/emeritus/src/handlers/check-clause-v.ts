import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { clauseVConflicts } from '../domain/clause-v.ts';
import { MpId } from '../domain/retirement.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// A Clause V meeting brings together a few hundred people at most; the cap keeps one request small.
const CheckClauseVBody = z.strictObject({ attendees: z.array(MpId).max(1_000) });

export const checkClauseVHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, logger }) => {
    requireRole(caller, 'hq-staff');
    const { attendees } = parse(CheckClauseVBody, event.body, 'body');
    const conflicts = clauseVConflicts(attendees, await store.retirements());
    logger.info('clause V attendance checked', { attendees: attendees.length, conflicts: conflicts.length });
    return { status: 200, body: { conflicts } };
  });

export const handler = checkClauseVHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
