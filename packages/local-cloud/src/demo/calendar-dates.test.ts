import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, daysBetween, nextWeekday, utcDateOf } from './calendar-dates.ts';

describe('calendar dates', () => {
  it('adds days across the end of a year and of a leap February', () => {
    expect([addDays('2026-12-31', 1), addDays('2028-02-28', 1), addDays('2028-03-01', -1)]).toStrictEqual(['2027-01-01', '2028-02-29', '2028-02-29']);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect([addMonths('2027-03-31', -1), addMonths('2028-03-31', -1), addMonths('2026-12-01', 30), addMonths('2026-01-15', -13)]).toStrictEqual([
      '2027-02-28',
      '2028-02-29',
      '2029-06-01',
      '2024-12-15',
    ]);
  });

  it('finds the next Monday or Thursday strictly after a day, a week on when the day is one', () => {
    // 2026-12-01 is a Tuesday; 2026-12-07 a Monday; 2026-12-03 a Thursday.
    expect([nextWeekday('2026-12-01', 1), nextWeekday('2026-12-07', 1), nextWeekday('2026-12-01', 4), nextWeekday('2026-12-03', 4)]).toStrictEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-03',
      '2026-12-10',
    ]);
  });

  it('counts the days between two dates and takes the UTC date of an instant', () => {
    expect([daysBetween('2025-12-02', '2026-12-01'), utcDateOf(new Date('2026-12-01T23:59:59.999Z'))]).toStrictEqual([364, '2026-12-01']);
  });
});
