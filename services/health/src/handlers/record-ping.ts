import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole, roles } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { createPing, PingMessage } from '../domain/ping.ts';
import { pingRecordedEvent } from '../domain/ping-recorded-event.ts';
import { DynamoPingStore } from '../store/dynamo-ping-store.ts';
import type { PingStore } from '../store/ping-store.ts';

const RecordPingBody = z.object({ message: PingMessage });

export const recordPingHandler = (pings: PingStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, correlationId, logger }) => {
    requireRole(caller, ...roles);
    const { message } = parse(RecordPingBody, event.body, 'body');
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
