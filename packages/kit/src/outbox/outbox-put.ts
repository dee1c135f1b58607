import type { EventEnvelope } from '@platform/events';
import type { TransactWriteItem } from '../aws/types.ts';

// Long enough for the stream (24 hours of retention) to have relayed the item, short enough to keep the
// table small; the relay reads the stream, never the table.
const retentionSeconds = 7 * 24 * 60 * 60;

/**
 * The transaction item that stores an event in the outbox table. Put it in the same `transactWrite` as the
 * state change it announces, so that the event exists if and only if the change committed; the outbox
 * relay then sends it on from the table's stream. `expiresAt` (epoch seconds) is the table's TTL attribute.
 *
 * @example
 * ```ts
 * await dynamo.transactWrite({
 *   TransactItems: [{ Put: { TableName: tableName, Item: pingItem } }, outboxPut(outboxTableName, event)],
 * });
 * ```
 */
export const outboxPut = (outboxTableName: string, event: EventEnvelope): TransactWriteItem => {
  const now = new Date();
  return {
    Put: {
      TableName: outboxTableName,
      Item: {
        id: event.id,
        type: event.type,
        version: event.version,
        event: JSON.stringify(event),
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + retentionSeconds,
      },
      ConditionExpression: 'attribute_not_exists(id)',
    },
  };
};
