import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getPing } from '../api/ping-routes.ts';
import { PingNotFoundError } from '../domain/errors.ts';
import { isReadableBy } from '../domain/ping.ts';
import { DynamoPingStore } from '../store/dynamo-ping-store.ts';
import type { PingStore } from '../store/ping-store.ts';

export const getPingHandler = (pings: PingStore): HttpLambdaHandler =>
  httpHandler(getPing, async ({ params: { pingId } }, { caller }) => {
    const ping = await pings.get(pingId);
    // Another caller's ping is a 404, as one that does not exist: a 403 would say that it does.
    if (ping === undefined || !isReadableBy(ping, caller)) throw new PingNotFoundError(pingId);
    return { status: 200, body: ping };
  });

export const handler = getPingHandler(new DynamoPingStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
