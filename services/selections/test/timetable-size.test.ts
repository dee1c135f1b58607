import { beforeEach, describe, expect, it } from '@jest/globals';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from '@platform/kit';
import { mockClient } from 'aws-sdk-client-mock';
import { TimetableTooLargeError } from '../src/domain/errors.ts';
import type { Timetable, TimetableEntry } from '../src/domain/timetable.ts';
import { DynamoSelectionStore, publicationAllowanceBytes, sizedTimetableItem } from '../src/store/dynamo-selection-store.ts';

const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region: 'eu-west-2' }));
const mock = mockClient(dynamo);
const selections = new DynamoSelectionStore(dynamo, { tableName: 'selections' });

const phases: TimetableEntry['phases'] = [
  { name: 'freeze', start: '2031-01-06', end: '2031-01-06' },
  { name: 'nominations', start: '2031-01-07', end: '2031-01-20' },
  { name: 'applications', start: '2031-01-21', end: '2031-02-03' },
  { name: 'shortlisting', start: '2031-02-04', end: '2031-02-10' },
  { name: 'hustings-and-ballot', start: '2031-02-11', end: '2031-03-03' },
  { name: 'result', start: '2031-03-04', end: '2031-03-04' },
];

// Text gzip cannot shrink: 3-byte CJK characters drawn by a fixed linear congruential generator.
let seed = 11;
const incompressible = (length: number) =>
  Array.from({ length }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return String.fromCodePoint(0x4e00 + (seed % 0x5000));
  }).join('');

const timetableOf = (entries: TimetableEntry[], blackouts: Timetable['request']['blackouts']): Timetable => ({
  timetableId: '2bdc889d-590c-439f-be4e-dfd20f8ba484',
  status: 'draft',
  request: { from: '2031-01-06', expectedElection: '2034-05-04', completeMonthsBefore: 12, weeklyCapacity: 8, blackouts, phaseDays: { nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 } },
  entries,
  stats: { scheduled: entries.length, unscheduled: [], peakWeeklyStarts: 8, peakConcurrent: 60, lowerBound: 8 },
  createdAt: '2030-11-02T09:30:00.000Z',
  createdBy: 'h'.repeat(128),
  revision: 0,
});

const seats = (count: number, name: (index: number) => string, region: () => string): TimetableEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    seatId: `E14${String(index).padStart(6, '0')}`,
    seatName: name(index),
    nation: 'England',
    region: region(),
    start: '2031-01-06',
    week: index % 150,
    phases,
    reason: 'priority 2, majority 5,683',
    retirementId: 'r'.repeat(128),
  }));

// The most blackouts a request takes (200), each with the longest reason (200 units) in 3-byte characters.
const LONGEST_BLACKOUTS = Array.from({ length: 200 }, () => ({ from: '2031-12-20', to: '2032-01-03', reason: incompressible(200) }));

describe('the size of a stored timetable', () => {
  beforeEach(() => {
    mock.reset();
    mock.on(PutCommand).resolves({});
  });

  it('stores the largest request (200 blackouts with 200-character reasons) with 650 seats, publication and all, within one item', async () => {
    // Prepare: the real seats' names are at most 50 characters; these take 60, with 30-character regions
    const timetable = timetableOf(seats(650, () => incompressible(60), () => incompressible(30)), LONGEST_BLACKOUTS);
    // Act
    await selections.saveTimetable(timetable);
    // Assess
    const saved = mock.commandCalls(PutCommand)[0]?.args[0].input.Item ?? {};
    expect(itemSizeBytes(saved) + publicationAllowanceBytes(650)).toBeLessThan(DYNAMODB_MAX_ITEM_BYTES);
  });

  it('refuses a draft timetable too big for one item with 413 stating the limit, writing nothing', async () => {
    // Prepare: 650 seats whose names and regions are as long as an import takes, in text gzip cannot shrink
    const timetable = timetableOf(seats(650, () => incompressible(200), () => incompressible(100)), LONGEST_BLACKOUTS);
    const bytes = (() => {
      try {
        sizedTimetableItem(timetable);
        return 0;
      } catch (error) {
        return (error as TimetableTooLargeError).bytes;
      }
    })();
    // Act
    const saving = selections.saveTimetable(timetable);
    // Assess
    await expect(saving).rejects.toThrow(new TimetableTooLargeError(bytes, 409_600, 650));
    await expect(saving).rejects.toThrow(
      `the timetable of 650 seats would take ${bytes} bytes to store, more than the 409600 (400 KB) a timetable may take; give fewer or shorter blackout reasons, or shorten the seats' names and regions`,
    );
    expect({ tooLarge: bytes > DYNAMODB_MAX_ITEM_BYTES, puts: mock.commandCalls(PutCommand).length }).toStrictEqual({ tooLarge: true, puts: 0 });
  });
});
