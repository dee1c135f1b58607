import { describe, expect, it } from '@jest/globals';
import { dayNumber, isoDate, monthsBefore, tryDayNumber } from './calendar.ts';

describe('tryDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['2028-02-29', 21_243],
    ['2027-01-04', 20_822],
  ])('reads %s as day %i', (date, day) => {
    expect(tryDayNumber(date)).toBe(day);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-1-04', '2027-01-04T00:00:00Z', '0099-01-01', ''])('refuses %p', (date) => {
    expect(tryDayNumber(date)).toBeUndefined();
  });
});

describe('isoDate', () => {
  it('turns a day number back into the date it came from', () => {
    expect(isoDate(dayNumber('2028-02-29'))).toBe('2028-02-29');
    expect(isoDate(dayNumber('2027-03-01') - 1)).toBe('2027-02-28');
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2029-05-03', 12, '2028-05-03'],
    ['2028-03-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-02-28'],
    ['2027-05-31', 1, '2027-04-30'],
    ['2027-01-15', 1, '2026-12-15'],
    ['2027-01-31', 13, '2025-12-31'],
    ['2029-02-28', 12, '2028-02-28'],
    ['2028-02-29', 12, '2027-02-28'],
    ['2027-06-30', 0, '2027-06-30'],
  ])('takes %s back by %i months to %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});
