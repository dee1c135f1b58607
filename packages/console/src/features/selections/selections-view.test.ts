import { describe, expect, it } from '@jest/globals';
import { PHASES } from '../timetable/labels.ts';
import type { Selection } from '../timetable/timetable-types.ts';
import { readSelectionListView, selectionApiQuery, selectionListQuery } from './selection-list-view.ts';
import { selectionsCsv } from './selections-csv.ts';


const selection = (fields: Partial<Selection> = {}): Selection => ({
  selectionId: '3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d',
  seatId: 'E14001063',
  seatName: 'Aldershot',
  nation: 'England',
  region: 'South East',
  timetableId: '7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b',
  status: 'scheduled',
  start: '2027-02-01',
  phases: PHASES.map((name, i) => ({ name, start: `2027-02-0${i + 1}`, end: `2027-02-0${i + 1}` })),
  reason: 'priority 2, majority 5683',
  scheduledAt: '2027-01-04T09:30:00.000Z',
  updatedAt: '2027-01-04T09:30:00.000Z',
  revision: 0,
  ...fields,
});

describe('the selections list view', () => {
  it('reads the filters and cursor from the URL, ignoring an unknown status or region, and writes them back', () => {
    // Act
    const view = readSelectionListView(new URLSearchParams('status=done&seatId=e14001063&region=Atlantis&activeOn=2027-03-01&next=abc'));
    // Assess
    expect(view).toStrictEqual({ seatId: 'E14001063', activeOn: '2027-03-01', next: 'abc' });
    expect(selectionListQuery({ ...view, status: 'scheduled', region: 'Wales' }).toString()).toBe('status=scheduled&seatId=E14001063&region=Wales&activeOn=2027-03-01&next=abc');
  });

  it('asks the API for every filter, so pages and the export select the same', () => {
    expect(selectionApiQuery({ status: 'cancelled', region: 'Wales', activeOn: '2027-03-01' }, 50)).toStrictEqual({ limit: 50, status: 'cancelled', region: 'Wales', activeOn: '2027-03-01' });
  });
});

describe('selectionsCsv', () => {
  it('writes one row a selection with each phase’s days, quoting commas and guarding formulas', () => {
    // Prepare
    const rows = [selection(), selection({ seatName: 'Argyll, Bute and South Lochaber', reason: '=HYPERLINK("x")', status: 'cancelled', cancellation: { reason: 'retirement withdrawn', cancelledAt: '2027-01-05T00:00:00.000Z' } })];
    // Act
    const lines = selectionsCsv(rows).split('\r\n');
    // Assess
    expect(lines).toStrictEqual([
      'Selection id,GSS code,Seat,Nation,Region,Status,freeze starts,freeze ends,nominations starts,nominations ends,applications starts,applications ends,shortlisting starts,shortlisting ends,hustings-and-ballot starts,hustings-and-ballot ends,result starts,result ends,Why it starts then,Retirement withdrawn after the freeze,Cancelled because',
      '3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d,E14001063,Aldershot,England,South East,scheduled,2027-02-01,2027-02-01,2027-02-02,2027-02-02,2027-02-03,2027-02-03,2027-02-04,2027-02-04,2027-02-05,2027-02-05,2027-02-06,2027-02-06,"priority 2, majority 5683",,',
      `3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d,E14001063,"Argyll, Bute and South Lochaber",England,South East,cancelled,2027-02-01,2027-02-01,2027-02-02,2027-02-02,2027-02-03,2027-02-03,2027-02-04,2027-02-04,2027-02-05,2027-02-05,2027-02-06,2027-02-06,"'=HYPERLINK(""x"")",,retirement withdrawn`,
      '',
    ]);
  });
});
