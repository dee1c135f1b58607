import { GssCode } from '@platform/events';
import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { filterRegister } from '../domain/register.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// Strict: a misspelt filter must fail, not silently list the whole register.
const GetRegisterQuery = z.strictObject({
  status: z.enum(['active', 'withdrawn']).optional(),
  seatId: GssCode.optional(),
});

export const getRegisterHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const filter = parse(GetRegisterQuery, event.queryStringParameters ?? {}, 'query');
    return { status: 200, body: { retirements: filterRegister(await store.retirements(), filter) } };
  });

export const handler = getRegisterHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
