import { restoreEnvironment } from './consumer-environment.ts';
import { randomUUID } from 'node:crypto';
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DeleteTableCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived, pingRecorded, retirementAnnounced, retirementWithdrawn, selectionCancelled, selectionScheduled } from '@platform/events';
import { dynamoDocumentClient } from '@platform/kit';
import { lambdaContext, sqsEvent } from '@platform/kit/testing';
import { localCloud, tableLike } from '@platform/testing';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as fc from 'fast-check';
import { createMeeting } from '../../services/emeritus/src/domain/clause-v-meeting.ts';
import { announcedEntry, withdrawnEntry } from '../../services/emeritus/src/domain/history.ts';
import { announceRetirement, withdrawRetirement } from '../../services/emeritus/src/domain/retirement.ts';
import { retirementConsumer as emeritusRetirementConsumer } from '../../services/emeritus/src/handlers/retirement-consumer.ts';
import { DynamoEmeritusStore } from '../../services/emeritus/src/store/dynamo-emeritus-store.ts';
import { fundInboxConsumer } from '../../services/fund/src/handlers/fund-inbox-consumer.ts';
import { DynamoFundStore } from '../../services/fund/src/store/dynamo-fund-store.ts';
import { DynamoSelectionViewStore } from '../../services/fund/src/store/dynamo-selection-view-store.ts';
import { pingRecordedConsumer } from '../../services/health/src/handlers/ping-recorded-consumer.ts';
import { DynamoPingStore } from '../../services/health/src/store/dynamo-ping-store.ts';
import { retirementConsumer as selectionsRetirementConsumer } from '../../services/selections/src/handlers/retirement-consumer.ts';
import { DynamoSeatStore } from '../../services/selections/src/store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../../services/selections/src/store/dynamo-selection-store.ts';
import { SEATS, SETTINGS_WITH_SPEAKER } from '../../services/selections/test/fixtures.ts';

// Duplicated, reordered and very late deliveries of every event each consumer accepts. For a random set of
// events, each run delivers them once in order to one set of scratch tables, and again to another set in a
// random interleaving: each event one to three times, in any order, some held back until after all the rest,
// in SQS-sized batches whose records race (Powertools processes a batch's records concurrently), and a record
// that fails redelivered at the end as SQS would. The tables must then hold the same items, once the values
// each write stamps afresh (the time now, a random id, a TTL) are set aside. Every table is DynamoDB Local's,
// in the integration project's local cloud; each run has its own tables and ids.
const cloud = localCloud();
const dynamo = dynamoDocumentClient();
const NUM_RUNS = Number(process.env.FAULT_RUNS ?? 12);
const figures: Record<string, { runs: number; events: number; deliveries: number }> = {};
let deadLetterQueueUrl: string;

type Consume = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
type Event = { id: string };

/** A table shaped like one of the local cloud's (keys and indexes), empty and this run's alone. */
const scratchTable = (logicalIdPrefix: string): Promise<string> => tableLike(cloud.dynamodb, cloud.ref(logicalIdPrefix), `fault-${logicalIdPrefix}`);
const dropTables = (tableNames: string[]) => Promise.all(tableNames.map((TableName) => cloud.dynamodb.send(new DeleteTableCommand({ TableName }))));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
/**
 * An item with what a write stamps afresh set aside: instants within a day of now (the events' own are in
 * January), ids that are not the run's (a movement's, a history entry's), and TTLs.
 */
const normalised = (value: unknown, known: ReadonlySet<string>): unknown => {
  if (typeof value === 'string') {
    return value
      .replace(INSTANT, (instant) => (Math.abs(Date.parse(instant) - Date.now()) < 86_400_000 ? '<now>' : instant))
      .replace(UUID, (id) => (known.has(id) ? id : '<fresh id>'));
  }
  if (Array.isArray(value)) return value.map((item) => normalised(item, known));
  if (value !== null && typeof value === 'object') {
    // Keys sorted: DynamoDB keeps a map's keys in no particular order.
    return Object.fromEntries(
      Object.entries(value)
        .sort(([one], [other]) => (one < other ? -1 : 1))
        .map(([key, item]) => [key, key === 'expiresAt' ? '<ttl>' : normalised(item, known)]),
    );
  }
  return value;
};
/**
 * An inbox record says an event was applied; an event that arrives after the state already reflects it (a
 * schedule older than the view, an announcement its withdrawal overtook) changes nothing and need not leave
 * one. So the records are compared apart: every event the in-order delivery recorded must be recorded or
 * reflected, which the state's equality shows; the records themselves are left out.
 */
const isInboxRecord = (item: Record<string, AttributeValue>) => item.pk?.S?.startsWith('INBOX#') === true;
/** Every item of the tables, by table role, as a sorted list of normalised JSON. */
const contents = async (tables: Record<string, string>, known: ReadonlySet<string>) => {
  const byRole: Record<string, string[]> = {};
  for (const [role, TableName] of Object.entries(tables)) {
    const items: Record<string, AttributeValue>[] = [];
    let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await cloud.dynamodb.send(new ScanCommand({ TableName, ExclusiveStartKey, ConsistentRead: true }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    byRole[role] = items.filter((item) => !isInboxRecord(item)).map((item) => JSON.stringify(normalised(item, known))).sort();
  }
  return byRole;
};

/** How one interleaving delivers the events: the copies, their order, those held back, and the batches. */
const interleaving = (count: number) =>
  fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: count, maxLength: count })
    .chain((copies) => {
      const deliveries = copies.flatMap((times, index) => Array.from({ length: times }, () => index));
      return fc.record({
        order: fc.shuffledSubarray(deliveries, { minLength: deliveries.length, maxLength: deliveries.length }),
        heldBack: fc.array(fc.boolean(), { minLength: deliveries.length, maxLength: deliveries.length }),
        batchSizes: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: deliveries.length, maxLength: deliveries.length }),
      });
    })
    .map(({ order, heldBack, batchSizes }) => {
      // Very late: the held-back copies come after every other delivery, in their own order.
      const sequence = [...order.filter((_, index) => !heldBack[index]), ...order.filter((_, index) => heldBack[index])];
      const batches: number[][] = [];
      for (let start = 0; start < sequence.length; ) {
        const size = batchSizes[batches.length] ?? 1;
        batches.push(sequence.slice(start, start + size));
        start += size;
      }
      return batches;
    });

/** Delivers the batches; records a batch fails are delivered again after the rest, as SQS would after their visibility timeout. */
const deliver = async (consume: Consume, bodies: string[], batches: number[][]): Promise<number> => {
  let pending = batches.map((batch) => batch.map((index) => bodies[index] ?? ''));
  let deliveries = 0;
  for (let round = 0; pending.length; round += 1) {
    if (round === 10) throw new Error(`records still failing after ${round} redeliveries`);
    const failed: string[] = [];
    for (const batch of pending) {
      deliveries += batch.length;
      const { batchItemFailures } = await consume(sqsEvent(...batch), lambdaContext());
      for (const { itemIdentifier } of batchItemFailures) failed.push(batch[Number(itemIdentifier.replace('message-', '')) - 1] ?? '');
    }
    pending = failed.map((body) => [body]);
  }
  return deliveries;
};

interface Scenario<TSetup> {
  /** The events, in the order they happened. */
  events: Event[];
  setup: TSetup;
  /** Ids the run chose, kept as they are when the tables are compared. */
  known: string[];
}

/**
 * For each generated scenario: in-order delivery to one set of tables, the interleaving to another, and the
 * same contents in both. `prepare` makes the tables and what the events presuppose; `consumer` builds the
 * consumer over them.
 */
const sameAsInOrder = async <TSetup, TTables extends Record<string, string>>(
  name: string,
  scenario: fc.Arbitrary<Scenario<TSetup>>,
  prepare: (setup: TSetup) => Promise<TTables>,
  consumer: (tables: TTables) => Consume,
) => {
  figures[name] = { runs: 0, events: 0, deliveries: 0 };
  await fc.assert(
    fc.asyncProperty(
      scenario.chain((generated) => fc.record({ generated: fc.constant(generated), batches: interleaving(generated.events.length) })),
      async ({ generated: { events, setup, known }, batches }) => {
        const bodies = events.map((event) => JSON.stringify(event));
        const [inOrder, interleaved] = [await prepare(setup), await prepare(setup)];
        try {
          await deliver(consumer(inOrder), bodies, bodies.map((_, index) => [index]));
          const deliveries = await deliver(consumer(interleaved), bodies, batches);
          Object.assign(figures[name]!, { runs: figures[name]!.runs + 1, events: figures[name]!.events + events.length, deliveries: figures[name]!.deliveries + deliveries });
          const ids = new Set([...known, ...events.map((event) => event.id)]);
          expect(await contents(interleaved, ids)).toStrictEqual(await contents(inOrder, ids));
        } finally {
          await dropTables([...Object.values(inOrder), ...Object.values(interleaved)]);
        }
      },
    ),
    { numRuns: NUM_RUNS },
  );
  // Nothing was dead-lettered: every event here is valid and applies.
  const { Attributes = {} } = await cloud.sqs.send(new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  expect(Attributes.ApproximateNumberOfMessages).toBe('0');
};

const runId = () => randomUUID().slice(0, 8);
// The events' own instants: in January, so that no normalisation takes them for a write's "now".
const january = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();
const DAYS = ['2026-01-05', '2026-02-14', '2026-03-31', '2026-06-01', '2026-09-30'];

beforeAll(async () => {
  ({ QueueUrl: deadLetterQueueUrl = '' } = await cloud.sqs.send(new CreateQueueCommand({ QueueName: `fault-redelivery-dlq-${runId()}` })));
  // The consumers that take no dead-letter queue of their own read it from the environment when built.
  process.env.DEAD_LETTER_QUEUE_URL = deadLetterQueueUrl;
});

afterAll(async () => {
  console.log(`[fault-injection] redeliveries: ${JSON.stringify(figures)}`);
  await cloud.sqs.send(new DeleteQueueCommand({ QueueUrl: deadLetterQueueUrl }));
  restoreEnvironment();
});

describe('duplicated, reordered and very late deliveries', () => {
  it("leave the fund's inbox (donations received, selections scheduled and cancelled) as one in-order delivery does", async () => {
    const scenario = fc
      .record({
        donations: fc.array(fc.record({ amountPence: fc.integer({ min: 1, max: 10_000_000 }), receivedOn: fc.constantFrom(...DAYS) }), { minLength: 1, maxLength: 6 }),
        selections: fc.array(fc.record({ versions: fc.integer({ min: 1, max: 3 }), cancelled: fc.boolean() }), { maxLength: 2 }),
      })
      .map(({ donations, selections }): Scenario<undefined> => {
        const run = runId();
        let minute = 0;
        const events: Event[] = donations.map((donation, index) =>
          donationReceived.create({ donationId: `${run}-d${index}`, ...donation, source: 'donation' }, { correlationId: run, occurredAt: january(minute++) }),
        );
        selections.forEach(({ versions, cancelled }, index) => {
          const selection = { selectionId: `${run}-s${index}`, seatId: `E140000${10 + index}`, seatName: `Seat ${index}`, nation: 'England', region: 'North East', timetableId: `${run}-t` };
          for (let version = 0; version < versions; version += 1) {
            // Each version moves every phase a week later, so a stale version left in the view would show.
            const phases = (['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const).map((name, phase) => ({
              name,
              start: new Date(Date.UTC(2027, 0, 4 + 7 * version + 14 * phase)).toISOString().slice(0, 10),
              end: new Date(Date.UTC(2027, 0, 10 + 7 * version + 14 * phase)).toISOString().slice(0, 10),
            }));
            events.push(selectionScheduled.create({ ...selection, phases }, { correlationId: run, occurredAt: january(minute++) }));
          }
          if (cancelled) events.push(selectionCancelled.create({ selectionId: selection.selectionId, seatId: selection.seatId, reason: 'retirement withdrawn' }, { correlationId: run, occurredAt: january(minute++) }));
        });
        return { events, setup: undefined, known: [] };
      });
    await sameAsInOrder(
      'fund',
      scenario,
      async () => {
        const fund = await scratchTable('FundStoreTable');
        const added = await new DynamoFundStore(dynamo, { tableName: fund }).addRate(
          { basisPoints: 300, effectiveFrom: '2020-01-01', setBy: 'fin-faults', setAt: january(0) },
          { rateVersion: 0, latestReceivedOn: undefined },
        );
        expect(added).toBe('added');
        return { fund };
      },
      ({ fund }) => fundInboxConsumer({ funds: new DynamoFundStore(dynamo, { tableName: fund }), selections: new DynamoSelectionViewStore(dynamo, fund) }, { sqs: cloud.sqs, deadLetterQueueUrl }),
    );
  });

  it("leave the selections service's inbox (retirements announced and withdrawn) as one in-order delivery does", async () => {
    // The seats of the fixtures: one held by the party (its retirement opens it), the others not.
    const scenario = fc
      .array(fc.record({ seat: fc.constantFrom(...SEATS.map((seat) => seat.seatId)), withdrawn: fc.boolean(), announcedOn: fc.constantFrom(...DAYS) }), { minLength: 1, maxLength: 4 })
      .map((retirements): Scenario<undefined> => {
        const run = runId();
        let minute = 0;
        // One retirement a seat: a seat has one sitting MP.
        const unique = retirements.filter((retirement, index) => retirements.findIndex((other) => other.seat === retirement.seat) === index);
        const events = unique.flatMap(({ seat, withdrawn, announcedOn }, index): Event[] => {
          const retirementId = `${run}-r${index}`;
          const mpId = `${run}-mp${index}`;
          const announced = retirementAnnounced.create(
            { retirementId, mpId, mpName: `MP ${index}`, seatId: seat, announcedOn, expectedElectionOn: '2029-05-03', emeritusEligible: true },
            { correlationId: run, occurredAt: january(minute++) },
          );
          if (!withdrawn) return [announced];
          return [announced, retirementWithdrawn.create({ retirementId, mpId, seatId: seat, withdrawnOn: '2026-10-01', reason: 'standing again' }, { correlationId: run, occurredAt: january(minute++) })];
        });
        return { events, setup: undefined, known: [] };
      });
    await sameAsInOrder(
      'selections',
      scenario,
      async () => {
        const [table, outbox] = await Promise.all([scratchTable('SelectionsStoreTable'), scratchTable('SelectionsStoreOutbox')]);
        const seats = new DynamoSeatStore(dynamo, { tableName: table });
        await seats.applyImport(SEATS.map((seat, line) => ({ kind: 'create' as const, line: line + 2, seat })));
        await seats.putSettings({ ...(await seats.getSettings()).settings, ...SETTINGS_WITH_SPEAKER }, 0);
        return { table, outbox };
      },
      ({ table, outbox }) =>
        selectionsRetirementConsumer(new DynamoSeatStore(dynamo, { tableName: table }), new DynamoSelectionStore(dynamo, { tableName: table, outboxTableName: outbox }), undefined, {
          sqs: cloud.sqs,
          deadLetterQueueUrl,
        }),
    );
  });

  it("leave the emeritus service's inbox (retirements announced and withdrawn, flagging Clause V attendees) as one in-order delivery does", async () => {
    // The register as it is when the events arrive: each MP attends the meeting, and some have retired since
    // (some of those withdrawn again). The consumer flags what the register says, whatever the event says.
    const scenario = fc
      .array(fc.constantFrom('attending', 'retiring', 'withdrawn'), { minLength: 1, maxLength: 4 })
      .map((states): Scenario<{ mps: { mpId: string; retirementId: string; state: string }[]; meetingId: string }> => {
        const run = runId();
        let minute = 0;
        const mps = states.map((state) => ({ mpId: `${run}-mp-${randomUUID().slice(0, 4)}`, retirementId: randomUUID(), state }));
        const events = mps
          .filter(({ state }) => state !== 'attending')
          .flatMap(({ mpId, retirementId, state }): Event[] => {
            const announced = retirementAnnounced.create(
              { retirementId, mpId, mpName: `MP ${mpId}`, seatId: 'E14001063', announcedOn: '2026-01-05', expectedElectionOn: '2029-05-03', emeritusEligible: true },
              { correlationId: run, occurredAt: january(minute++) },
            );
            if (state === 'retiring') return [announced];
            return [announced, retirementWithdrawn.create({ retirementId, mpId, seatId: 'E14001063', withdrawnOn: '2026-02-01', reason: 'standing again' }, { correlationId: run, occurredAt: january(minute++) })];
          });
        const meetingId = randomUUID();
        return { events, setup: { mps, meetingId }, known: [meetingId, ...mps.map(({ retirementId }) => retirementId)] };
      });
    await sameAsInOrder(
      'emeritus',
      scenario,
      async ({ mps, meetingId }) => {
        const [table, outbox] = await Promise.all([scratchTable('EmeritusStoreTable'), scratchTable('EmeritusStoreOutbox')]);
        const store = new DynamoEmeritusStore(dynamo, { tableName: table, outboxTableName: outbox });
        const at = january(0);
        const meeting = createMeeting({ title: 'Clause V', heldOn: '2099-06-01' }, { meetingId, by: 'staff-faults', at });
        await store.createMeeting(meeting, { historyId: randomUUID(), at, by: 'staff-faults', action: 'clause-v-meeting-created', meetingId, meeting });
        for (const { mpId, retirementId, state } of mps) {
          const attendee = { mpId, name: `MP ${mpId}`, addedBy: 'staff-faults', addedAt: at, flag: null };
          expect(await store.addAttendee(meetingId, attendee, { historyId: randomUUID(), at, by: 'staff-faults', action: 'clause-v-attendee-added', meetingId, mpId })).toBe('added');
          if (state === 'attending') continue;
          const retirement = announceRetirement(
            { mpId, mpName: `MP ${mpId}`, seatId: 'E14001063', announcedOn: '2026-01-05' },
            { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 },
            { retirementId, recordedBy: 'staff-faults', recordedAt: at },
          );
          const announcement = { retirementId, mpId, mpName: `MP ${mpId}`, seatId: 'E14001063', announcedOn: '2026-01-05', expectedElectionOn: '2029-05-03', emeritusEligible: true };
          await store.announce(retirement, retirementAnnounced.create(announcement, { correlationId: 'setup' }), announcedEntry(randomUUID(), retirement));
          if (state === 'withdrawn') {
            const withdrawn = withdrawRetirement(retirement, { withdrawnOn: '2026-02-01', reason: 'standing again', withdrawnBy: 'staff-faults', withdrawnAt: at });
            expect(await store.withdraw(withdrawn, retirementWithdrawn.create({ retirementId, mpId, seatId: 'E14001063', withdrawnOn: '2026-02-01', reason: 'standing again' }, { correlationId: 'setup' }), withdrawnEntry(randomUUID(), withdrawn))).toBe('withdrawn');
          }
        }
        return { table, outbox };
      },
      ({ table }) => emeritusRetirementConsumer(new DynamoEmeritusStore(dynamo, { tableName: table })),
    );
  });

  it("leave the health service's inbox (pings recorded) as one in-order delivery does", async () => {
    const scenario = fc.integer({ min: 1, max: 5 }).map((count): Scenario<{ pingIds: string[] }> => {
      const run = runId();
      const pingIds = Array.from({ length: count }, () => randomUUID());
      const events = pingIds.map((pingId, index) => pingRecorded.create({ pingId, message: `ping ${index}`, recordedBy: run }, { correlationId: run, occurredAt: january(index) }));
      return { events, setup: { pingIds }, known: pingIds };
    });
    await sameAsInOrder(
      'health',
      scenario,
      async ({ pingIds }) => {
        const [table, outbox] = await Promise.all([scratchTable('HealthStoreTable'), scratchTable('HealthStoreOutbox')]);
        const pings = new DynamoPingStore(dynamo, { tableName: table, outboxTableName: outbox });
        for (const [index, pingId] of pingIds.entries()) {
          const ping = { pingId, message: `ping ${index}`, recordedBy: 'faults', recordedAt: january(index) };
          await pings.record(ping, pingRecorded.create({ pingId, message: ping.message, recordedBy: 'faults' }, { correlationId: 'setup' }));
        }
        return { table, outbox };
      },
      ({ table }) => pingRecordedConsumer(new DynamoPingStore(dynamo, { tableName: table })),
    );
  });
});
