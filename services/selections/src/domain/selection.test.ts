import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as z from 'zod';
import { freezeDate, isActiveOn, selectionIdFor, selectionOf } from './selection.ts';
import type { TimetableEntry } from './timetable.ts';

const entry: TimetableEntry = {
  seatId: 'E14001063',
  seatName: 'Aldershot',
  nation: 'England',
  region: 'South East',
  start: '2031-01-06',
  week: 0,
  phases: [
    { name: 'freeze', start: '2031-01-06', end: '2031-01-06' },
    { name: 'nominations', start: '2031-01-07', end: '2031-01-20' },
    { name: 'applications', start: '2031-01-21', end: '2031-02-03' },
    { name: 'shortlisting', start: '2031-02-04', end: '2031-02-10' },
    { name: 'hustings-and-ballot', start: '2031-02-11', end: '2031-03-03' },
    { name: 'result', start: '2031-03-04', end: '2031-03-04' },
  ],
  reason: 'priority 2, majority 5683',
};
const TIMETABLE_ID = '2bdc889d-590c-439f-be4e-dfd20f8ba484';

describe('selectionIdFor', () => {
  it('names the same selection for the same parts, and a UUID every time', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 3 }), (parts) => {
        expect(selectionIdFor(...parts)).toBe(selectionIdFor(...parts));
        expect(z.uuid().safeParse(selectionIdFor(...parts)).success).toBe(true);
      }),
    );
  });

  it('names different selections for different parts, however they are split', () => {
    expect(new Set([selectionIdFor('a', 'bc'), selectionIdFor('ab', 'c'), selectionIdFor('abc')]).size).toBe(3);
  });
});

describe('selectionOf', () => {
  it('schedules the entry, carrying the retirement that opened the seat', () => {
    expect(selectionOf({ ...entry, retirementId: 'ret-1' }, TIMETABLE_ID, 'sel-1', '2030-11-02T09:30:00.000Z')).toStrictEqual({
      selectionId: 'sel-1',
      seatId: 'E14001063',
      seatName: 'Aldershot',
      nation: 'England',
      region: 'South East',
      timetableId: TIMETABLE_ID,
      status: 'scheduled',
      start: '2031-01-06',
      phases: entry.phases,
      reason: 'priority 2, majority 5683',
      retirementId: 'ret-1',
      scheduledAt: '2030-11-02T09:30:00.000Z',
      updatedAt: '2030-11-02T09:30:00.000Z',
      revision: 0,
    });
  });
});

describe('isActiveOn', () => {
  const selection = selectionOf(entry, TIMETABLE_ID, 'sel-1', '2030-11-02T09:30:00.000Z');

  it.each([
    ['the day before the freeze', '2031-01-05', false],
    ['the freeze date', '2031-01-06', true],
    ['a day of hustings', '2031-02-20', true],
    ['the result', '2031-03-04', true],
    ['the day after the result', '2031-03-05', false],
  ])('is %s: %p', (_what, date, active) => {
    expect(isActiveOn(selection, date)).toBe(active);
  });

  it('is never, once cancelled', () => {
    expect(isActiveOn({ ...selection, status: 'cancelled' }, '2031-02-20')).toBe(false);
  });

  it('has the freeze date as the first day', () => {
    expect(freezeDate(selection)).toBe('2031-01-06');
  });
});
