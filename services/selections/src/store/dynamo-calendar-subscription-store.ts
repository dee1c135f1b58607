import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DocumentClient } from '@platform/kit';
import { CalendarSubscription } from '../domain/calendar-subscription.ts';
import { CalendarSubscriptionNotFoundError } from '../domain/errors.ts';
import type { CalendarSubscriptionStore } from './calendar-subscription-store.ts';
import { CALENDAR_SUBSCRIPTIONS_PARTITION, calendarSubscriptionKey } from './keys.ts';
import { queryAll } from './query-page.ts';

const readSubscription = (item: Record<string, unknown>): CalendarSubscription => CalendarSubscription.parse(item);

export class DynamoCalendarSubscriptionStore implements CalendarSubscriptionStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;

  constructor(dynamo: DocumentClient, { tableName }: { tableName: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tableName;
  }

  async saveSubscription(subscription: CalendarSubscription): Promise<void> {
    await this.#dynamo.put({
      TableName: this.#tableName,
      Item: { ...calendarSubscriptionKey(subscription.subscriptionId), ...subscription },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  }

  async getSubscription(subscriptionId: string): Promise<CalendarSubscription | undefined> {
    // Consistent, so that a link stops working the moment it is revoked.
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: calendarSubscriptionKey(subscriptionId), ConsistentRead: true });
    return Item === undefined ? undefined : readSubscription(Item);
  }

  async subscriptionsOf(timetableId: string): Promise<CalendarSubscription[]> {
    const all = await queryAll(this.#dynamo, { tableName: this.#tableName, partition: CALENDAR_SUBSCRIPTIONS_PARTITION, read: readSubscription }, true);
    return all
      .filter((subscription) => subscription.timetableId === timetableId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.subscriptionId.localeCompare(b.subscriptionId));
  }

  async revokeSubscription(subscriptionId: string, { revokedAt, revokedBy }: { revokedAt: string; revokedBy: string }): Promise<CalendarSubscription> {
    try {
      const { Attributes } = await this.#dynamo.update({
        TableName: this.#tableName,
        Key: calendarSubscriptionKey(subscriptionId),
        UpdateExpression: 'SET revokedAt = :revokedAt, revokedBy = :revokedBy',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':revokedAt': revokedAt, ':revokedBy': revokedBy },
        ReturnValues: 'ALL_NEW',
      });
      return readSubscription(Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const subscription = await this.getSubscription(subscriptionId);
      if (subscription === undefined) throw new CalendarSubscriptionNotFoundError(subscriptionId);
      return subscription;
    }
  }
}
