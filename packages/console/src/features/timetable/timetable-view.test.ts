import { describe, expect, it } from '@jest/globals';
import { csvText } from '../../export/csv-file.ts';
import { ENTRY_COLUMNS_CSV } from './entry-csv-columns.ts';
import { entryTableQuery, readEntryTableView, shownEntries } from './entry-table-view.ts';
import { timetableDifferences } from './timetable-differences.ts';
import type { Selection, TimetableEntry } from './timetable-types.ts';

const entry = (seatId: string, seatName: string, region: string, start: string): TimetableEntry => ({
  seatId,
  seatName,
  nation: region === 'Wales' ? 'Wales' : 'England',
  region,
  start,
  week: 0,
  phases: [],
  reason: 'priority 2, majority 1',
});

const selection = (seatId: string, start: string, status: Selection['status'] = 'scheduled', timetableId = 'tt-1'): Selection => ({
  selectionId: `sel-${seatId}`,
  seatId,
  seatName: `Seat ${seatId}`,
  nation: 'England',
  region: 'London',
  timetableId,
  status,
  start,
  phases: [],
  reason: 'priority 2',
  scheduledAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  revision: 0,
});

const ENTRIES = [
  entry('W1', 'Ynys Môn', 'Wales', '2027-01-06'),
  entry('E1', 'Aldershot', 'South East', '2027-01-20'),
  entry('E2', 'Bath', 'South West', '2027-01-04'),
  entry('W2', 'Cardiff East', 'Wales', '2027-01-04'),
];

describe('the entries table view', () => {
  it('reads its view from the URL and writes it back, ignoring what it does not know', () => {
    // Act
    const view = readEntryTableView(new URLSearchParams('search=+ynys+&region=Wales&sort=seat&dir=descending&week=nope&colour=red'));
    // Assess
    expect(view).toStrictEqual({ search: 'ynys', region: 'Wales', sort: 'seat', direction: 'descending' });
    expect(entryTableQuery(view).toString()).toBe('search=ynys&region=Wales&sort=seat&dir=descending');
    expect(entryTableQuery(readEntryTableView(new URLSearchParams(''))).toString()).toBe('');
  });

  it('finds a seat by its name without accents, and sorts by seat, descending', () => {
    expect(shownEntries(ENTRIES, { search: 'mon', sort: 'start', direction: 'ascending' }).map((e) => e.seatId)).toStrictEqual(['W1']);
    expect(shownEntries(ENTRIES, { sort: 'seat', direction: 'descending' }).map((e) => e.seatName)).toStrictEqual(['Ynys Môn', 'Cardiff East', 'Bath', 'Aldershot']);
  });

  it('keeps one region, or the week beginning on a day, in start order with ties by seat name', () => {
    expect(shownEntries(ENTRIES, { region: 'Wales', sort: 'start', direction: 'ascending' }).map((e) => e.seatId)).toStrictEqual(['W2', 'W1']);
    expect(shownEntries(ENTRIES, { week: '2027-01-04', sort: 'start', direction: 'ascending' }).map((e) => e.seatId)).toStrictEqual(['E2', 'W2', 'W1']);
  });

  it('exports the seats shown as CSV, each phase with its first and last day, blank where it has none', () => {
    // Prepare
    const placed = { ...entry('W1', 'Ynys Môn', 'Wales', '2027-01-06'), phases: [{ name: 'freeze' as const, start: '2027-01-06', end: '2027-01-12' }] };
    // Act
    const lines = csvText(ENTRY_COLUMNS_CSV, shownEntries([placed, ...ENTRIES.slice(1)], { region: 'Wales', sort: 'start', direction: 'ascending' })).split('\r\n');
    // Assess
    expect(lines).toStrictEqual([
      'GSS code,Seat,Region,freeze starts,freeze ends,nominations starts,nominations ends,applications starts,applications ends,shortlisting starts,shortlisting ends,hustings-and-ballot starts,hustings-and-ballot ends,result starts,result ends,Why it starts then',
      'W2,Cardiff East,Wales,,,,,,,,,,,,,"priority 2, majority 1"',
      'W1,Ynys Môn,Wales,2027-01-06,2027-01-12,,,,,,,,,,,"priority 2, majority 1"',
      '',
    ]);
  });
});

describe('timetableDifferences', () => {
  it('splits the draft into seats it adds and seats already scheduled, and lists the scheduled selections it leaves alone', () => {
    // Prepare: W1 is scheduled already; E9 is scheduled and not in the draft; E8's selection was cancelled
    const scheduled = [selection('W1', '2027-02-01'), selection('E9', '2027-03-01', 'scheduled', 'tt-0'), selection('E8', '2027-01-11', 'cancelled')];
    // Act
    const differences = timetableDifferences(ENTRIES, scheduled);
    // Assess
    expect({
      publishedTimetableIds: differences.publishedTimetableIds,
      added: differences.added.map((e) => e.seatId),
      alreadyScheduled: differences.alreadyScheduled.map(({ entry: e, selection: s }) => [e.seatId, e.start, s.start]),
      unchanged: differences.unchanged.map((s) => s.seatId),
    }).toStrictEqual({
      publishedTimetableIds: ['tt-0', 'tt-1'],
      added: ['E1', 'E2', 'W2'],
      alreadyScheduled: [['W1', '2027-01-06', '2027-02-01']],
      unchanged: ['E9'],
    });
  });
});
