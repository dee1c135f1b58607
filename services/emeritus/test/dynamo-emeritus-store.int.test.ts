import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { localCloud, tableLike } from '@platform/testing';
import { createMeeting } from '../src/domain/clause-v-meeting.ts';
import type { Attendee } from '../src/domain/clause-v-meeting.ts';
import { closeConsultation, openConsultation } from '../src/domain/consultation.ts';
import type { ResponseVersion } from '../src/domain/consultation.ts';
import { DynamoEmeritusStore } from '../src/store/dynamo-emeritus-store.ts';

// The store against DynamoDB Local, each test on a table of its own: "exactly once" rests on DynamoDB's
// conditions and transactions, so it is tested on DynamoDB, not on the mock of dynamo-emeritus-store.test.ts.
const cloud = localCloud();
const dynamo = DynamoDBDocument.from(cloud.dynamodb, { marshallOptions: { removeUndefinedValues: true } });
const tables: string[] = [];
const CONSUMER = 'emeritus-retirement-consumer';
const AT = '2030-01-06T09:00:00.000Z';

const freshStore = async () => {
  const tableName = await tableLike(cloud.dynamodb, cloud.ref('EmeritusStoreTable'), 'emeritus-scratch');
  tables.push(tableName);
  return new DynamoEmeritusStore(dynamo, { tableName });
};

const allHistory = async (store: DynamoEmeritusStore) => (await store.history({ limit: 1_000 })).entries;

afterAll(async () => {
  await Promise.all(tables.map((TableName) => cloud.dynamodb.send(new DeleteTableCommand({ TableName }))));
});

describe('DynamoEmeritusStore on DynamoDB Local', () => {
  describe('saveFlag', () => {
    const meeting = createMeeting({ title: 'Clause V', heldOn: '2030-02-01', place: 'Labour Central' }, { meetingId: randomUUID(), by: 'staff-1', at: AT });
    const attendee: Attendee = { mpId: 'mp-1', name: 'Jo Member', addedBy: 'staff-1', addedAt: AT, flag: null };
    const retirementId = randomUUID();
    const flagged: Attendee = { ...attendee, flag: { retirementId, reason: 'retiring', flaggedAt: AT } };
    const flagEntry = (eventId: string) =>
      ({ historyId: randomUUID(), at: AT, by: 'emeritus-service', action: 'clause-v-meeting-flagged', meetingId: meeting.meetingId, mpId: 'mp-1', retirementId, reason: 'retiring', eventId }) as const;
    const withAttendee = async () => {
      const store = await freshStore();
      await store.createMeeting(meeting, { historyId: randomUUID(), at: AT, by: 'staff-1', action: 'clause-v-meeting-created', meetingId: meeting.meetingId, meeting });
      await store.addAttendee(meeting.meetingId, attendee, { historyId: randomUUID(), at: AT, by: 'staff-1', action: 'clause-v-attendee-added', meetingId: meeting.meetingId, mpId: 'mp-1' });
      return store;
    };
    const save = (store: DynamoEmeritusStore, eventId: string) =>
      store.saveFlag(meeting.meetingId, { before: attendee, after: flagged, flaggedDelta: 1 }, flagEntry(eventId), { consumer: CONSUMER, eventId });

    it('flags once: the same delivery again is a duplicate, another event from the flag it replaced is stale, nothing written either time', async () => {
      // Prepare
      const store = await withAttendee();
      const [first, second] = [randomUUID(), randomUUID()];
      // Act
      const outcomes = [await save(store, first), await save(store, first), await save(store, second)];
      // Assess
      expect(outcomes).toStrictEqual(['saved', 'duplicate', 'stale']);
      expect([(await store.meeting(meeting.meetingId))?.flaggedCount, await store.attendee(meeting.meetingId, 'mp-1')]).toStrictEqual([1, flagged]);
      expect((await allHistory(store)).filter((entry) => entry.action === 'clause-v-meeting-flagged').map((entry) => ('eventId' in entry ? entry.eventId : null))).toStrictEqual([first]);
    });

    it('flags once when 10 deliveries of the same change race: one saved, the meeting counted once, one history entry', async () => {
      // Prepare
      const store = await withAttendee();
      const eventIds = Array.from({ length: 10 }, () => randomUUID());
      // Act: a delivery whose write still conflicted after the store's retries throws, and SQS delivers it
      // again (here, once the race is over)
      const raced = await Promise.allSettled(eventIds.map((eventId) => save(store, eventId)));
      const outcomes = [];
      for (const [index, result] of raced.entries()) outcomes.push(result.status === 'fulfilled' ? result.value : await save(store, eventIds[index]!));
      // Assess
      expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'saved')).toStrictEqual(Array.from({ length: 9 }, () => 'stale'));
      expect((await store.meeting(meeting.meetingId))?.flaggedCount).toBe(1);
      expect((await allHistory(store)).filter((entry) => entry.action === 'clause-v-meeting-flagged')).toHaveLength(1);
    });
  });

  describe('recordResponse', () => {
    const consultation = openConsultation(
      { title: 'Housing', concerns: 'Manifesto section 4', questions: ['What target?'], links: [], closesOn: '2030-02-01' },
      { consultationId: randomUUID(), by: 'staff-1', at: AT },
    );
    const version = (n: number, text: string): ResponseVersion => ({ consultationId: consultation.consultationId, mpId: 'mp-1', version: n, text, recordedBy: 'staff-2', recordedAt: `2030-01-0${6 + n}T09:00:00.000Z` });
    const recordedEntry = (response: ResponseVersion) =>
      ({ historyId: randomUUID(), at: response.recordedAt, by: response.recordedBy, action: 'consultation-response-recorded', consultationId: consultation.consultationId, mpId: 'mp-1', version: response.version }) as const;
    const record = (store: DynamoEmeritusStore, response: ResponseVersion) => store.recordResponse(response, recordedEntry(response));

    it('keeps every version of an amended response with its history entry; a stale amendment and one after an early close write nothing', async () => {
      // Prepare
      const store = await freshStore();
      await store.openConsultation(consultation, { historyId: randomUUID(), at: AT, by: 'staff-1', action: 'consultation-opened', consultationId: consultation.consultationId, consultation });
      // Act
      const recorded = [await record(store, version(1, 'Aim higher.')), await record(store, version(2, 'Aim higher, sooner.')), await record(store, version(2, 'Raced.'))];
      const closed = closeConsultation(consultation, { by: 'staff-1', at: '2030-01-10T09:00:00.000Z' });
      await store.closeConsultation(closed, { historyId: randomUUID(), at: '2030-01-10T09:00:00.000Z', by: 'staff-1', action: 'consultation-closed', consultationId: consultation.consultationId });
      const afterClose = await record(store, version(3, 'Too late.'));
      // Assess
      expect([...recorded, afterClose]).toStrictEqual(['recorded', 'recorded', 'stale', 'closed']);
      expect(await store.responseVersions(consultation.consultationId, 'mp-1')).toStrictEqual([version(1, 'Aim higher.'), version(2, 'Aim higher, sooner.')]);
      expect(await store.responses(consultation.consultationId)).toStrictEqual([version(2, 'Aim higher, sooner.')]);
      expect((await allHistory(store)).map((entry) => [entry.action, 'version' in entry ? entry.version : null])).toStrictEqual([
        ['consultation-opened', null],
        ['consultation-response-recorded', 1],
        ['consultation-response-recorded', 2],
        ['consultation-closed', null],
      ]);
    });
  });
});
