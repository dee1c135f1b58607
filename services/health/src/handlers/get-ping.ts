import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole, roles } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { PingNotFoundError } from '../domain/errors.ts';
import { DynamoPingStore } from '../store/dynamo-ping-store.ts';
import type { PingStore } from '../store/ping-store.ts';

const GetPingPath = z.object({ pingId: z.uuid() });

export const getPingHandler = (pings: PingStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, ...roles);
    const { pingId } = parse(GetPingPath, event.pathParameters, 'path');
    const ping = await pings.get(pingId);
    if (ping === undefined) throw new PingNotFoundError(pingId);
    return { status: 200, body: ping };
  });

export const handler = getPingHandler(new DynamoPingStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
