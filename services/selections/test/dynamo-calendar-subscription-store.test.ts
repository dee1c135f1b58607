import { beforeEach, describe, expect, it } from '@jest/globals';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import type { CalendarSubscription } from '../src/domain/calendar-subscription.ts';
import { CalendarSubscriptionNotFoundError } from '../src/domain/errors.ts';
import { DynamoCalendarSubscriptionStore } from '../src/store/dynamo-calendar-subscription-store.ts';

const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region: 'eu-west-2' }));
const mock = mockClient(dynamo);
const store = new DynamoCalendarSubscriptionStore(dynamo, { tableName: 'selections' });

const TIMETABLE_ID = '2bdc889d-590c-439f-be4e-dfd20f8ba484';
const subscription = (subscriptionId: string, fields: Partial<CalendarSubscription> = {}): CalendarSubscription => ({
  subscriptionId,
  timetableId: TIMETABLE_ID,
  keyHash: 'ungJ0r8Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0',
  createdAt: '2026-03-02T10:00:00.000Z',
  createdBy: 'hq-1',
  ...fields,
});
const A = '0f8e3c1a-5d2b-4c7e-9a10-3b6d2e4f5a61';
const B = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const key = (subscriptionId: string) => ({ pk: 'CALENDAR_SUBSCRIPTIONS', sk: `SUBSCRIPTION#${subscriptionId}` });
const revocation = { revokedAt: '2026-03-03T08:00:00.000Z', revokedBy: 'hq-2' };
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('DynamoCalendarSubscriptionStore', () => {
  beforeEach(() => {
    mock.reset();
  });

  it('saves a new subscription in the subscriptions partition, never over another', async () => {
    // Prepare
    mock.on(PutCommand).resolves({});
    // Act
    await store.saveSubscription(subscription(A));
    // Assess
    expect(mock.commandCalls(PutCommand)[0]?.args[0].input).toStrictEqual({
      TableName: 'selections',
      Item: { ...key(A), ...subscription(A) },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('reads a subscription consistently, so that a revoked link stops at once', async () => {
    // Prepare
    mock.on(GetCommand, { TableName: 'selections', Key: key(A), ConsistentRead: true }).resolves({ Item: { ...key(A), ...subscription(A) } });
    mock.on(GetCommand, { TableName: 'selections', Key: key(B), ConsistentRead: true }).resolves({});
    // Act
    const [found, missing] = [await store.getSubscription(A), await store.getSubscription(B)];
    // Assess
    expect({ found, missing }).toStrictEqual({ found: subscription(A), missing: undefined });
  });

  it('lists a timetable’s subscriptions from the partition, oldest first, leaving out other timetables’', async () => {
    // Prepare
    const later = subscription(A, { createdAt: '2026-03-02T11:00:00.000Z' });
    const other = subscription('9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', { timetableId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' });
    mock.on(QueryCommand).resolves({ Items: [later, other, subscription(B)].map((item) => ({ ...key(item.subscriptionId), ...item })) });
    // Act
    const listed = await store.subscriptionsOf(TIMETABLE_ID);
    // Assess
    expect(listed).toStrictEqual([subscription(B), later]);
    expect(mock.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'CALENDAR_SUBSCRIPTIONS' },
      ConsistentRead: true,
    });
  });

  it('revokes an active subscription with a conditional update and answers it as stored', async () => {
    // Prepare
    mock.on(UpdateCommand).resolves({ Attributes: { ...key(A), ...subscription(A, revocation) } });
    // Act
    const revoked = await store.revokeSubscription(A, revocation);
    // Assess
    expect(revoked).toStrictEqual(subscription(A, revocation));
    expect(mock.commandCalls(UpdateCommand)[0]?.args[0].input).toStrictEqual({
      TableName: 'selections',
      Key: key(A),
      UpdateExpression: 'SET revokedAt = :revokedAt, revokedBy = :revokedBy',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':revokedAt': revocation.revokedAt, ':revokedBy': revocation.revokedBy },
      ReturnValues: 'ALL_NEW',
    });
  });

  it('answers a subscription revoked before as it stands, keeping the first revocation', async () => {
    // Prepare
    const first = subscription(A, { revokedAt: '2026-03-02T12:00:00.000Z', revokedBy: 'hq-1' });
    mock.on(UpdateCommand).rejects(conditionFailed());
    mock.on(GetCommand).resolves({ Item: { ...key(A), ...first } });
    // Act
    const revoked = await store.revokeSubscription(A, revocation);
    // Assess
    expect(revoked).toStrictEqual(first);
  });

  it('fails with CalendarSubscriptionNotFoundError for a subscription that does not exist', async () => {
    // Prepare
    mock.on(UpdateCommand).rejects(conditionFailed());
    mock.on(GetCommand).resolves({});
    // Act
    const revoking = store.revokeSubscription(B, revocation);
    // Assess
    await expect(revoking).rejects.toThrow(new CalendarSubscriptionNotFoundError(B));
    await expect(revoking).rejects.toBeInstanceOf(CalendarSubscriptionNotFoundError);
  });
});
