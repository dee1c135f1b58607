import type { EventEnvelope } from '@platform/events';
import { inboxPut, isDuplicateDelivery, outboxPut } from '@platform/kit';
import type { DocumentClient } from '@platform/kit';
import { Ping } from '../domain/ping.ts';
import type { ReceivedPing } from '../domain/ping.ts';
import type { Delivery, PingStore } from './ping-store.ts';

const keyOf = (pingId: string) => ({ pk: `PING#${pingId}`, sk: 'PING' });

export class DynamoPingStore implements PingStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;
  readonly #outboxTableName: string | undefined;

  /** `outboxTableName` is needed only to record pings; the functions that read or receive them lack it. */
  constructor(dynamo: DocumentClient, tables: { tableName: string; outboxTableName?: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tables.tableName;
    this.#outboxTableName = tables.outboxTableName;
  }

  async get(pingId: string): Promise<Ping | undefined> {
    // Consistent, so that the consumer sees a ping recorded a moment before its event arrived.
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: keyOf(pingId), ConsistentRead: true });
    return Item === undefined ? undefined : Ping.parse(Item);
  }

  async record(ping: Ping, event: EventEnvelope): Promise<void> {
    if (this.#outboxTableName === undefined) {
      throw new Error('this DynamoPingStore was built without an outbox table, so it cannot record pings');
    }
    await this.#dynamo.transactWrite({
      TransactItems: [
        {
          Put: {
            TableName: this.#tableName,
            Item: { ...keyOf(ping.pingId), ...ping },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        outboxPut(this.#outboxTableName, event),
      ],
    });
  }

  async saveReception(ping: ReceivedPing, { consumer, eventId }: Delivery): Promise<'saved' | 'duplicate'> {
    try {
      await this.#dynamo.transactWrite({
        TransactItems: [
          {
            Update: {
              TableName: this.#tableName,
              Key: keyOf(ping.pingId),
              UpdateExpression: 'SET receivedAt = :receivedAt',
              // A ping is received once; this holds even when two deliveries race past the domain's check.
              ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(receivedAt)',
              ExpressionAttributeValues: { ':receivedAt': ping.receivedAt },
            },
          },
          inboxPut(this.#tableName, consumer, eventId),
        ],
      });
      return 'saved';
    } catch (error) {
      if (isDuplicateDelivery(error, 1)) return 'duplicate';
      throw error;
    }
  }
}
