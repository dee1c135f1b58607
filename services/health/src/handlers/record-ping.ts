import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { recordPing } from '../api/ping-routes.ts';
import { createPing } from '../domain/ping.ts';
import { pingRecordedEvent } from '../domain/ping-recorded-event.ts';
import { DynamoPingStore } from '../store/dynamo-ping-store.ts';
import type { PingStore } from '../store/ping-store.ts';

export const recordPingHandler = (pings: PingStore): HttpLambdaHandler =>
  httpHandler(recordPing, async ({ body: { message } }, { caller, correlationId, logger }) => {
    const ping = createPing({ pingId: randomUUID(), message, recordedBy: caller.id, recordedAt: new Date().toISOString() });
    await pings.record(ping, pingRecordedEvent(ping, correlationId));
    logger.info('ping recorded', { pingId: ping.pingId });
    // 202: the ping is stored, but its event has yet to come back and mark it received.
    return { status: 202, body: ping };
  });

export const handler = recordPingHandler(
  new DynamoPingStore(dynamoDocumentClient(), {
    tableName: requiredEnv('TABLE_NAME'),
    outboxTableName: requiredEnv('OUTBOX_TABLE_NAME'),
  }),
);
