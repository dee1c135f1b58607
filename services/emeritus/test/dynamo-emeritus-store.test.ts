import { beforeEach, describe, expect, it } from '@jest/globals';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { RetirementAlreadyActiveError } from '../src/domain/errors.ts';
import { announcedEntry, settingsChangedEntry, withdrawnEntry } from '../src/domain/history.ts';
import { withdrawRetirement } from '../src/domain/retirement.ts';
import { retirementAnnouncedEvent, retirementWithdrawnEvent } from '../src/domain/retirement-events.ts';
import { DEFAULT_SETTINGS } from '../src/domain/settings.ts';
import { DynamoEmeritusStore } from '../src/store/dynamo-emeritus-store.ts';
import { encodeCursor } from '../src/store/history-cursor.ts';
import { recordedRetirement } from './sample-retirements.ts';

const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region: 'eu-west-2' }));
const mock = mockClient(dynamo);
const store = new DynamoEmeritusStore(dynamo, { tableName: 'emeritus', outboxTableName: 'emeritus-outbox' });

const retirement = recordedRetirement('aaaaaaaa-0000-4000-8000-000000000001', 'mp-1', '2028-02-01');
const announced = announcedEntry('22222222-0000-4000-8000-000000000002', retirement);
const event = retirementAnnouncedEvent(retirement, 'corr-1');
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code): CancellationReason => ({ Code })),
  });
const lockItem = { pk: 'ACTIVE#mp-1', sk: 'ACTIVE', retirementId: 'eeeeeeee-0000-4000-8000-000000000009' };

describe('DynamoEmeritusStore', () => {
  beforeEach(() => {
    mock.reset();
  });

  describe('announce', () => {
    it('takes the MP lock, puts the retirement, its history entry and its event in one transaction, each only if new', async () => {
      // Prepare
      mock.on(TransactWriteCommand).resolves({});
      // Act
      await store.announce(retirement, event, announced);
      // Assess
      const items = mock.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems;
      expect(items?.map((item) => [item.Put?.TableName, item.Put?.Item?.['pk'], item.Put?.Item?.['sk'] ?? item.Put?.Item?.['id'], item.Put?.ConditionExpression])).toStrictEqual([
        ['emeritus', 'ACTIVE#mp-1', 'ACTIVE', 'attribute_not_exists(pk)'],
        ['emeritus', 'REGISTER', `RETIREMENT#${retirement.retirementId}`, 'attribute_not_exists(pk)'],
        ['emeritus', 'HISTORY', `2028-02-01T09:00:00.000Z#${announced.historyId}`, 'attribute_not_exists(pk)'],
        ['emeritus-outbox', undefined, event.id, 'attribute_not_exists(id)'],
      ]);
      expect(items?.[0]?.Put?.Item).toStrictEqual({ pk: 'ACTIVE#mp-1', sk: 'ACTIVE', retirementId: retirement.retirementId });
      expect(items?.[1]?.Put?.Item).toStrictEqual({ pk: 'REGISTER', sk: `RETIREMENT#${retirement.retirementId}`, ...retirement });
    });

    it('fails with the id of the retirement holding the lock when the MP has one active', async () => {
      // Prepare
      mock.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None', 'None'));
      mock.on(GetCommand).resolves({ Item: lockItem });
      // Act
      const announcing = store.announce(retirement, event, announced);
      // Assess
      await expect(announcing).rejects.toThrow(
        new RetirementAlreadyActiveError('mp-1', 'eeeeeeee-0000-4000-8000-000000000009'),
      );
      expect(mock.commandCalls(GetCommand)[0]?.args[0].input).toStrictEqual({
        TableName: 'emeritus',
        Key: { pk: 'ACTIVE#mp-1', sk: 'ACTIVE' },
        ConsistentRead: true,
      });
    });

    it('tries again when the lock was freed between the failed write and the read of its holder', async () => {
      // Prepare
      mock.on(TransactWriteCommand).rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None', 'None')).resolves({});
      mock.on(GetCommand).resolves({});
      // Act
      await store.announce(retirement, event, announced);
      // Assess
      expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(2);
    });

    it('gives up after three attempts when the lock keeps changing hands', async () => {
      // Prepare
      const error = cancelled('ConditionalCheckFailed', 'None', 'None', 'None');
      mock.on(TransactWriteCommand).rejects(error);
      mock.on(GetCommand).resolves({});
      // Act / Assess
      await expect(store.announce(retirement, event, announced)).rejects.toBe(error);
      expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(3);
    });

    it('tries again when another transaction was writing the same items at that moment', async () => {
      // Prepare
      mock.on(TransactWriteCommand).rejectsOnce(cancelled('TransactionConflict', 'None', 'None', 'None')).resolves({});
      // Act
      await store.announce(retirement, event, announced);
      // Assess
      expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(2);
      expect(mock.commandCalls(GetCommand)).toStrictEqual([]);
    });

    it('passes on any other failure untouched', async () => {
      // Prepare
      const error = cancelled('None', 'None', 'None', 'ValidationError');
      mock.on(TransactWriteCommand).rejects(error);
      // Act / Assess
      await expect(store.announce(retirement, event, announced)).rejects.toBe(error);
      expect(mock.commandCalls(GetCommand)).toStrictEqual([]);
    });

    it('fails when built without an outbox table', async () => {
      const reader = new DynamoEmeritusStore(dynamo, { tableName: 'emeritus' });
      await expect(reader.announce(retirement, event, announced)).rejects.toThrow(
        'this DynamoEmeritusStore was built without an outbox table, so it cannot announce retirements',
      );
    });
  });

  describe('withdraw', () => {
    const withdrawn = withdrawRetirement(retirement, {
      withdrawnOn: '2028-06-01',
      reason: 'standing again',
      withdrawnBy: 'staff-2',
      withdrawnAt: '2028-06-01T10:00:00.000Z',
    });
    const entry = withdrawnEntry('33333333-0000-4000-8000-000000000003', withdrawn);
    const withdrawnEvent = retirementWithdrawnEvent(withdrawn, 'corr-2');

    it('marks the retirement withdrawn only if active, frees only its own lock, with history and event, in one transaction', async () => {
      // Prepare
      mock.on(TransactWriteCommand).resolves({});
      // Act
      const outcome = await store.withdraw(withdrawn, withdrawnEvent, entry);
      // Assess
      const items = mock.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems;
      expect(outcome).toBe('withdrawn');
      expect(items?.[0]?.Update).toStrictEqual({
        TableName: 'emeritus',
        Key: { pk: 'REGISTER', sk: `RETIREMENT#${retirement.retirementId}` },
        UpdateExpression: 'SET #status = :withdrawn, withdrawal = :withdrawal',
        ConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':active': 'active', ':withdrawal': withdrawn.withdrawal },
      });
      expect(items?.[1]?.Delete).toStrictEqual({
        TableName: 'emeritus',
        Key: { pk: 'ACTIVE#mp-1', sk: 'ACTIVE' },
        ConditionExpression: 'retirementId = :retirementId',
        ExpressionAttributeValues: { ':retirementId': retirement.retirementId },
      });
      expect(items?.[2]?.Put?.Item).toStrictEqual({ pk: 'HISTORY', sk: `2028-06-01T10:00:00.000Z#${entry.historyId}`, ...entry });
      expect(items?.[3]?.Put?.TableName).toBe('emeritus-outbox');
    });

    it("answers 'not-active' when the retirement was withdrawn meanwhile", async () => {
      mock.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'ConditionalCheckFailed', 'None', 'None'));
      await expect(store.withdraw(withdrawn, withdrawnEvent, entry)).resolves.toBe('not-active');
    });

    it('tries again when another transaction was writing the same items, and gives up after three attempts', async () => {
      // Prepare
      const error = cancelled('TransactionConflict', 'None', 'None', 'None');
      mock.on(TransactWriteCommand).rejects(error);
      // Act / Assess
      await expect(store.withdraw(withdrawn, withdrawnEvent, entry)).rejects.toBe(error);
      expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(3);
    });
  });

  describe('settings', () => {
    it('answers the defaults, at version 0, when none were saved', async () => {
      mock.on(GetCommand).resolves({});
      await expect(store.settings()).resolves.toStrictEqual({ settings: DEFAULT_SETTINGS, version: 0 });
    });

    it('answers the saved settings with their version', async () => {
      // Prepare
      const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'staff-0' };
      mock.on(GetCommand).resolves({ Item: { pk: 'SETTINGS', sk: 'SETTINGS', ...settings, version: 3 } });
      // Act / Assess
      await expect(store.settings()).resolves.toStrictEqual({ settings, version: 3 });
    });

    const after = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'staff-0' };
    const entry = settingsChangedEntry('11111111-0000-4000-8000-000000000001', { before: DEFAULT_SETTINGS, after, by: 'staff-0', at: after.updatedAt });

    it('saves the first settings only if none exist, and later ones only at the version read', async () => {
      // Prepare
      mock.on(TransactWriteCommand).resolves({});
      // Act
      await store.saveSettings(after, 0, entry);
      await store.saveSettings(after, 4, entry);
      // Assess
      const [first, later] = mock.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems?.[0]?.Put);
      expect(first).toStrictEqual({
        TableName: 'emeritus',
        Item: { pk: 'SETTINGS', sk: 'SETTINGS', ...after, version: 1 },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      expect(later).toStrictEqual({
        TableName: 'emeritus',
        Item: { pk: 'SETTINGS', sk: 'SETTINGS', ...after, version: 5 },
        ConditionExpression: 'version = :readVersion',
        ExpressionAttributeValues: { ':readVersion': 4 },
      });
    });

    it.each([
      ['changed since they were read', cancelled('ConditionalCheckFailed', 'None')],
      ['being changed by another transaction at that moment', cancelled('TransactionConflict', 'None')],
    ])("answers 'stale' when the settings were %s", async (_what, error) => {
      mock.on(TransactWriteCommand).rejects(error);
      await expect(store.saveSettings(after, 1, entry)).resolves.toBe('stale');
    });
  });

  describe('retirements', () => {
    it('reads the whole register, page after page, consistently', async () => {
      // Prepare
      const other = recordedRetirement('bbbbbbbb-0000-4000-8000-000000000002', 'mp-2', '2028-03-01');
      const itemOf = (r: typeof retirement) => ({ pk: 'REGISTER', sk: `RETIREMENT#${r.retirementId}`, ...r });
      mock
        .on(QueryCommand)
        .resolvesOnce({ Items: [itemOf(retirement)], LastEvaluatedKey: { pk: 'REGISTER', sk: `RETIREMENT#${retirement.retirementId}` } })
        .resolvesOnce({ Items: [itemOf(other)] });
      // Act
      const all = await store.retirements();
      // Assess
      expect(all).toStrictEqual([retirement, other]);
      expect(mock.commandCalls(QueryCommand).map((call) => [call.args[0].input.ConsistentRead, call.args[0].input.ExclusiveStartKey])).toStrictEqual([
        [true, undefined],
        [true, { pk: 'REGISTER', sk: `RETIREMENT#${retirement.retirementId}` }],
      ]);
    });
  });

  describe('history', () => {
    it('reads a page after the given entry and hands back a cursor for the next', async () => {
      // Prepare
      const sortKey = `2028-02-01T09:00:00.000Z#${announced.historyId}`;
      mock.on(QueryCommand).resolves({ Items: [{ pk: 'HISTORY', sk: sortKey, ...announced }], LastEvaluatedKey: { pk: 'HISTORY', sk: sortKey } });
      // Act
      const page = await store.history({ limit: 1, after: '2026-01-01T00:00:00.000Z#11111111-0000-4000-8000-000000000001' });
      // Assess
      expect(page).toStrictEqual({ entries: [announced], nextCursor: encodeCursor(sortKey) });
      expect(mock.commandCalls(QueryCommand)[0]?.args[0].input).toStrictEqual({
        TableName: 'emeritus',
        KeyConditionExpression: 'pk = :history',
        ExpressionAttributeValues: { ':history': 'HISTORY' },
        Limit: 1,
        ExclusiveStartKey: { pk: 'HISTORY', sk: '2026-01-01T00:00:00.000Z#11111111-0000-4000-8000-000000000001' },
      });
    });
  });
});
