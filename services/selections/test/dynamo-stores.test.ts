import { beforeEach, describe, expect, it } from '@jest/globals';
import { ConditionalCheckFailedException, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ConcurrentChangeError, SeatFlagsChangedError, SeatNotFoundError } from '../src/domain/errors.ts';
import { selectionOf, selectionScheduledEvent } from '../src/domain/selection.ts';
import type { Timetable, TimetableEntry } from '../src/domain/timetable.ts';
import { DynamoSeatStore } from '../src/store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../src/store/dynamo-selection-store.ts';
import { seat } from './fixtures.ts';

const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region: 'eu-west-2' }));
const mock = mockClient(dynamo);
const seats = new DynamoSeatStore(dynamo, { tableName: 'selections' });
const selections = new DynamoSelectionStore(dynamo, { tableName: 'selections', outboxTableName: 'selections-outbox' });

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code): CancellationReason => ({ Code })) });

const TIMETABLE_ID = '2bdc889d-590c-439f-be4e-dfd20f8ba484';
const phases: TimetableEntry['phases'] = [
  { name: 'freeze', start: '2031-01-06', end: '2031-01-06' },
  { name: 'nominations', start: '2031-01-07', end: '2031-01-20' },
  { name: 'applications', start: '2031-01-21', end: '2031-02-03' },
  { name: 'shortlisting', start: '2031-02-04', end: '2031-02-10' },
  { name: 'hustings-and-ballot', start: '2031-02-11', end: '2031-03-03' },
  { name: 'result', start: '2031-03-04', end: '2031-03-04' },
];
const entry: TimetableEntry = { seatId: 'E14001063', seatName: 'Aldershot', nation: 'England', region: 'South East', start: '2031-01-06', week: 0, phases, reason: 'priority 2' };
const selection = selectionOf(entry, TIMETABLE_ID, '83cb392a-b52d-843a-ada1-c34716ac5421', '2030-11-02T09:30:00.000Z');
const event = selectionScheduledEvent(selection, 'corr-1');

describe('DynamoSeatStore', () => {
  beforeEach(() => {
    mock.reset();
  });

  it('creates a seat as an upsert that sets its flags only if they are not there yet', async () => {
    // Prepare
    mock.on(UpdateCommand).resolves({});
    const created = seat({ seatId: 'E14001303', name: 'Isle of Wight East', island: true });
    // Act
    await seats.applyImport([{ kind: 'create', line: 2, seat: created }]);
    // Assess
    const input = mock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.Key).toStrictEqual({ pk: 'SEATS', sk: 'SEAT#E14001303' });
    expect(input?.ConditionExpression).toBeUndefined();
    expect(input?.UpdateExpression).toBe(
      'SET #seatId = :seatId, #nation = :nation, #region = :region, #firstParty = :firstParty, #majority = :majority, ' +
        '#electorate = :electorate, #updatedAt = :updatedAt, #name = :name, #island = if_not_exists(#island, :island), ' +
        '#priority = if_not_exists(#priority, :priority), #shortlist = if_not_exists(#shortlist, :shortlist), #importedAt = if_not_exists(#importedAt, :importedAt)',
    );
    expect(input?.ExpressionAttributeValues).toMatchObject({ ':island': true, ':priority': 2, ':shortlist': 'open' });
  });

  it('updates only the changed fields of a seat that exists', async () => {
    // Prepare
    mock.on(UpdateCommand).resolves({});
    // Act
    await seats.applyImport([{ kind: 'update', line: 3, seatId: 'E14001063', fields: { majority: 5700 }, changed: ['majority'], updatedAt: '2031-01-01T00:00:00.000Z' }]);
    // Assess
    expect(mock.commandCalls(UpdateCommand)[0]?.args[0].input).toStrictEqual({
      TableName: 'selections',
      Key: { pk: 'SEATS', sk: 'SEAT#E14001063' },
      UpdateExpression: 'SET #majority = :majority, #updatedAt = :updatedAt',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#majority': 'majority', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: { ':majority': 5700, ':updatedAt': '2031-01-01T00:00:00.000Z' },
    });
  });

  it('fails to change the flags of a seat never imported with SeatNotFoundError', async () => {
    mock.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    mock.on(GetCommand).resolves({});
    await expect(seats.updateFlags('E14009999', { island: true }, '2031-01-01T00:00:00.000Z')).rejects.toThrow(SeatNotFoundError);
  });

  it('changes the flags only at the revision read, and fails with SeatFlagsChangedError naming the current one otherwise', async () => {
    // Prepare: the flags moved on to revision 2
    mock.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    mock.on(GetCommand).resolves({ Item: { pk: 'SEATS', sk: 'SEAT#E14001063', ...seat({ seatId: 'E14001063', name: 'Aldershot', flagsRevision: 2 }) } });
    // Act
    const change = seats.updateFlags('E14001063', { island: true }, '2031-01-01T00:00:00.000Z', 1);
    // Assess
    await expect(change).rejects.toStrictEqual(new SeatFlagsChangedError('E14001063', 1, 2));
    const input = mock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect({ condition: input?.ConditionExpression, expected: input?.ExpressionAttributeValues?.[':expected'] }).toStrictEqual({ condition: 'attribute_exists(pk) AND flagsRevision = :expected', expected: 1 });
  });

  it('clears the boundary review with REMOVE', async () => {
    // Prepare
    mock.on(UpdateCommand).resolves({ Attributes: seat({ seatId: 'E14001063', name: 'Aldershot' }) });
    // Act
    await seats.updateFlags('E14001063', { boundaryReviewUntil: null, priority: 1 }, '2031-01-01T00:00:00.000Z');
    // Assess
    expect(mock.commandCalls(UpdateCommand)[0]?.args[0].input.UpdateExpression).toBe(
      'SET #priority = :priority, #updatedAt = :updatedAt, flagsRevision = if_not_exists(flagsRevision, :zero) + :one REMOVE boundaryReviewUntil',
    );
  });

  it('saves the settings only at the version read, and fails with ConcurrentChangeError otherwise', async () => {
    // Prepare
    mock.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    const settings = { party: 'Lab', contestedNations: ['England' as const], uncontested: [] };
    // Act
    const act = seats.putSettings(settings, 3);
    // Assess
    await expect(act).rejects.toThrow(ConcurrentChangeError);
    expect(mock.commandCalls(PutCommand)[0]?.args[0].input).toStrictEqual({
      TableName: 'selections',
      Item: { pk: 'SETTINGS', sk: 'SETTINGS', ...settings, version: 4 },
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':expected': 3 },
    });
  });

  it('reads every seat across DynamoDB pages', async () => {
    // Prepare: DynamoDB answers in two pages
    const item = (seatId: string, nation: string) => ({ pk: 'SEATS', sk: `SEAT#${seatId}`, ...seat({ seatId, name: seatId, nation: nation as 'Wales' }) });
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [item('E14000001', 'England'), item('W07000001', 'Wales')], LastEvaluatedKey: { pk: 'SEATS', sk: 'SEAT#W07000001' } })
      .resolvesOnce({ Items: [item('W07000002', 'Wales')] });
    // Act
    const all = await seats.allSeats();
    // Assess
    expect(all.map((candidate) => candidate.seatId)).toStrictEqual(['E14000001', 'W07000001', 'W07000002']);
    expect(mock.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toStrictEqual({ pk: 'SEATS', sk: 'SEAT#W07000001' });
  });
});

describe('DynamoSelectionStore', () => {
  beforeEach(() => {
    mock.reset();
  });

  it('publishes a selection, its seat and its event in one transaction, each only if new', async () => {
    // Prepare
    mock.on(TransactWriteCommand).resolves({});
    // Act
    const outcome = await selections.publishSelection(selection, event);
    // Assess
    const items = mock.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(outcome).toBe('published');
    expect(items[0]).toStrictEqual({
      Put: { TableName: 'selections', Item: { pk: 'SELECTIONS', sk: `SELECTION#${selection.selectionId}`, ...selection }, ConditionExpression: 'attribute_not_exists(pk)' },
    });
    expect(items[1]).toStrictEqual({
      Update: {
        TableName: 'selections',
        Key: { pk: 'SEATS', sk: 'SEAT#E14001063' },
        UpdateExpression: 'SET currentSelectionId = :selectionId',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(currentSelectionId)',
        ExpressionAttributeValues: { ':selectionId': selection.selectionId },
      },
    });
    expect(items[2]?.Put?.TableName).toBe('selections-outbox');
    expect(items[2]?.Put?.Item?.['id']).toBe(event.id);
  });

  it.each([
    ['the selection exists', ['ConditionalCheckFailed', 'ConditionalCheckFailed', 'None'], 'already-published'],
    ['the seat has another selection', ['None', 'ConditionalCheckFailed', 'None'], 'seat-taken'],
  ])('reports when %s', async (_what, codes, expected) => {
    mock.on(TransactWriteCommand).rejects(cancelled(...codes));
    expect(await selections.publishSelection(selection, event)).toBe(expected);
  });

  it('fails on any other cancellation', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'TransactionConflict'));
    await expect(selections.publishSelection(selection, event)).rejects.toThrow(TransactionCanceledException);
  });

  it('keeps a timetable’s entries and stats gzipped, and reads back what it saved', async () => {
    // Prepare
    mock.on(PutCommand).resolves({});
    const timetable: Timetable = {
      timetableId: TIMETABLE_ID,
      status: 'draft',
      request: { from: '2031-01-06', expectedElection: '2034-05-04', completeMonthsBefore: 12, weeklyCapacity: 8, blackouts: [], phaseDays: { nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 } },
      entries: Array.from({ length: 650 }, (_, index) => ({ ...entry, seatId: `E14${String(index).padStart(6, '0')}` })),
      stats: { scheduled: 650, unscheduled: [], peakWeeklyStarts: 8, peakConcurrent: 60, lowerBound: 8 },
      createdAt: '2030-11-02T09:30:00.000Z',
      createdBy: 'hq-1',
      revision: 0,
    };
    // Act
    await selections.saveTimetable(timetable);
    const item = mock.commandCalls(PutCommand)[0]?.args[0].input.Item ?? {};
    mock.on(GetCommand).resolves({ Item: item });
    const read = await selections.getTimetable(TIMETABLE_ID);
    // Assess
    expect(Buffer.byteLength(JSON.stringify(timetable))).toBeGreaterThan(300_000);
    expect((item['body'] as Uint8Array).length).toBeLessThan(40_000);
    expect(read).toStrictEqual(timetable);
  });

  it('records a retirement with its inbox record, and says so when the event was processed before', async () => {
    // Prepare
    mock.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    const held = seat({ seatId: 'E14001065', name: 'Altrincham and Sale West', firstParty: 'Lab' });
    // Act
    const outcome = await selections.recordRetirement(held, { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' }, { consumer: 'retirement-consumer', eventId: 'e-1' });
    // Assess
    expect(outcome).toBe('duplicate');
    const items = mock.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(items[0]?.Put?.Item).toMatchObject({ pk: 'INBOX#e-1', sk: 'INBOX#retirement-consumer' });
    expect(items[1]?.Update?.ConditionExpression).toBe('attribute_exists(pk) AND attribute_not_exists(retirement) AND attribute_not_exists(currentSelectionId)');
  });

  it('fails with ConcurrentChangeError when the seat changed since it was read', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    const held = seat({ seatId: 'E14001065', name: 'Altrincham and Sale West', firstParty: 'Lab' });
    await expect(
      selections.recordRetirement(held, { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' }, { consumer: 'retirement-consumer', eventId: 'e-1' }),
    ).rejects.toThrow(ConcurrentChangeError);
  });
});
