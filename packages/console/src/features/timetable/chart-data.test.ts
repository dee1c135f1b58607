import { describe, expect, it } from '@jest/globals';
import { PHASES } from './labels.ts';
import { chartData } from './chart-data.ts';
import type { Timetable, TimetableEntry } from './timetable-types.ts';

const day = (date: string, plus: number) => new Date(Date.parse(`${date}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** An entry whose six phases last a day each, as the request below asks. */
const entry = (seatId: string, start: string, week: number, reason: string, retirementId?: string): TimetableEntry => ({
  seatId,
  seatName: `Seat ${seatId}`,
  nation: 'England',
  region: 'North West',
  start,
  week,
  phases: PHASES.map((name, i) => ({ name, start: day(start, i), end: day(start, i) })),
  reason,
  ...(retirementId === undefined ? {} : { retirementId }),
});

// Seven weeks from Monday 4 January 2027 to the deadline, 15 February (no months before the election).
const REQUEST: Timetable['request'] = {
  from: '2027-01-04',
  expectedElection: '2027-02-15',
  completeMonthsBefore: 0,
  weeklyCapacity: 3,
  regionalWeeklyCapacity: 2,
  blackouts: [{ from: '2027-01-27', to: '2027-02-02', reason: 'Recess' }],
  phaseDays: { nominations: 1, applications: 1, shortlisting: 1, hustingsAndBallot: 1 },
};

const week = (n: number, weekStart: string, fields: Partial<{ starts: number; islands: number; boundaryHolds: number; retirements: number; blackouts: string[]; running: number }> = {}) => ({
  week: n,
  weekStart,
  starts: 0,
  islands: 0,
  boundaryHolds: 0,
  retirements: 0,
  blackouts: [],
  running: 0,
  ...fields,
});

describe('chartData', () => {
  it('counts each week’s starts and marks, the blackouts it touches and the most running on one day, across the whole window', () => {
    // Prepare: an island and a seat in week 0 (overlapping 6-9 January), a boundary hold and a retirement in week 2
    const entries = [
      entry('E1', '2027-01-04', 0, 'island: early; priority 2, majority 637'),
      entry('E2', '2027-01-06', 0, 'priority 1, majority 100'),
      entry('E3', '2027-01-18', 2, 'boundary review until 2027-01-17; priority 2, majority 5'),
      entry('E4', '2027-01-19', 2, 'retirement announced 2027-01-01; priority 2, majority 9', 'ret-1'),
    ];
    // Act
    const data = chartData({ request: REQUEST, entries });
    // Assess
    expect(data).toStrictEqual({
      weeks: [
        week(0, '2027-01-04', { starts: 2, islands: 1, running: 2 }),
        week(1, '2027-01-11', { running: 1 }),
        week(2, '2027-01-18', { starts: 2, boundaryHolds: 1, retirements: 1, running: 2 }),
        week(3, '2027-01-25', { blackouts: ['Recess'] }),
        week(4, '2027-02-01', { blackouts: ['Recess'] }),
        week(5, '2027-02-08'),
        week(6, '2027-02-15'),
      ],
      weeklyCapacity: 3,
      regionalWeeklyCapacity: 2,
      peakStarts: { count: 2, weekStart: '2027-01-04' },
      peakRunning: { count: 2, weekStart: '2027-01-04' },
      lastStart: '2027-02-10',
      deadline: '2027-02-15',
    });
  });

  it('counts as running at once only selections whose days overlap: one ending the day before another starts does not', () => {
    // Prepare: E1 runs 4-9 January, E2 from 10 January, both in week 0
    const entries = [entry('E1', '2027-01-04', 0, 'priority 1, majority 1'), entry('E2', '2027-01-10', 0, 'priority 1, majority 2')];
    // Act
    const { weeks, peakRunning, peakStarts } = chartData({ request: REQUEST, entries });
    // Assess
    expect({ week0: weeks[0]?.running, peakRunning, peakStarts }).toStrictEqual({
      week0: 1,
      peakRunning: { count: 1, weekStart: '2027-01-04' },
      peakStarts: { count: 2, weekStart: '2027-01-04' },
    });
  });

  it('answers empty weeks and no peak week for a timetable with no entries', () => {
    // Act
    const { weeks, peakStarts, peakRunning } = chartData({ request: { ...REQUEST, blackouts: [] }, entries: [] });
    // Assess
    expect({ weeks: weeks.length, total: weeks.reduce((sum, w) => sum + w.starts + w.running, 0), peakStarts, peakRunning }).toStrictEqual({
      weeks: 7,
      total: 0,
      peakStarts: { count: 0, weekStart: undefined },
      peakRunning: { count: 0, weekStart: undefined },
    });
  });
});
