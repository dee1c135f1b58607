import { pingRecorded } from '@platform/events';
import { dynamoDocumentClient, requiredEnv, sqsConsumer } from '@platform/kit';
import { PingNotFoundError } from '../domain/errors.ts';
import { receive } from '../domain/ping.ts';
import { DynamoPingStore } from '../store/dynamo-ping-store.ts';
import type { PingStore } from '../store/ping-store.ts';

// The name of this consumer in the inbox; changing it would make already-processed events look new.
const consumer = 'ping-recorded-consumer';

export const pingRecordedConsumer = (pings: PingStore) =>
  sqsConsumer({
    events: [pingRecorded],
    handle: async (event, { logger }) => {
      const { pingId } = event.data;
      const ping = await pings.get(pingId);
      // The ping was stored in the transaction that wrote this event, so its absence is a fault: let the
      // message be retried and then dead-lettered.
      if (ping === undefined) throw new PingNotFoundError(pingId);
      const reception = receive(ping, new Date().toISOString());
      if (reception.outcome === 'already-received') {
        logger.info('ping was already received', { pingId });
        return;
      }
      const outcome = await pings.saveReception(reception.ping, { consumer, eventId: event.id });
      logger.info(outcome === 'saved' ? 'ping received' : 'duplicate delivery ignored', { pingId });
    },
  });

export const handler = pingRecordedConsumer(
  new DynamoPingStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }),
);
