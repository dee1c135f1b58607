import type { TransactWriteItem } from '../aws/types.ts';

// Longer than SQS keeps any message (14 days at most, dead-letter queues included), so a redelivery or a
// redrive of an event already processed still finds its inbox record.
const retentionSeconds = 30 * 24 * 60 * 60;

/**
 * The transaction item that records that `consumer` has processed an event. Put it in the same
 * `transactWrite` as the state change the event causes: when the event was already processed, its
 * condition fails, the whole transaction is cancelled, and {@link isDuplicateDelivery} recognises why.
 * `expiresAt` (epoch seconds) is the table's TTL attribute.
 *
 * @example
 * ```ts
 * const items = [{ Update: receivePing }, inboxPut(tableName, 'ping-recorded-consumer', event.id)];
 * ```
 */
export const inboxPut = (tableName: string, consumer: string, eventId: string): TransactWriteItem => {
  const now = new Date();
  return {
    Put: {
      TableName: tableName,
      Item: {
        pk: `INBOX#${eventId}`,
        sk: `INBOX#${consumer}`,
        processedAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + retentionSeconds,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
};
